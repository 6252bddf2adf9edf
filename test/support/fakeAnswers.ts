// A fake model for the raw example article (examples/raw-article.md, the end-to-end fixture): for
// each task, an answer that Plume's checks accept, written from the prompt as a model would, plus one
// they must drop. Shared by the unit test that runs them through the core and the end-to-end suite.

export type FakeTask = 'title' | 'description' | 'translate' | 'expand' | 'headings' | 'rephrase';

export const FAKE_TITLE = 'Les grands patrons de la tech se battent pour l’expertise en IA';
export const FAKE_DESCRIPTION = 'Les grandes entreprises technologiques se livrent une bataille acharnée pour attirer les talents en IA, à coups d’appels personnels des PDG.';
export const FAKE_TRANSLATION = 'Rendez cet article compatible avec le SEO, ajoutez des intertitres, écrivez en français et atteignez au moins 700 mots';
const HEADINGS = ['La guerre des talents en IA', 'Des appels personnels des dirigeants', 'Les startups face aux géants', 'Des chercheurs très demandés', 'Une concurrence acharnée', 'Le recrutement en question'];
const DRAFT_PARAGRAPH =
  'La bataille pour les talents en IA ne concerne pas seulement les grandes entreprises technologiques. Les startups doivent aussi recruter des chercheurs et des ingénieurs avancés, avec des offres généreuses et des moyens plus limités. Les dirigeants s’impliquent personnellement dans le recrutement, et retenir les meilleurs talents reste aussi difficile que recruter du sang neuf.';
export const FAKE_DRAFT_HEADING = 'Une bataille qui touche aussi les startups';

/** The task a prompt is for, read from its wording (prompts/*.txt). */
export function taskOf(prompt: string): FakeTask {
  if (prompt.startsWith('Propose')) return 'title';
  if (prompt.startsWith('Rédige ') && prompt.includes('méta-descriptions')) return 'description';
  if (prompt.startsWith('Traduis')) return 'translate';
  if (prompt.includes('Rédige une nouvelle section')) return 'expand';
  if (prompt.includes('sections qui n’ont pas encore d’intertitre')) return 'headings';
  return 'rephrase';
}

/** The fake model's answer to the last user message of a request. */
export function fakeAnswer(messages: readonly { role: string; content: string }[]): string {
  const prompt = messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
  // A retry: nothing more to offer.
  if (prompt.startsWith('Ces propositions ont été refusées')) return '[]';
  switch (taskOf(prompt)) {
    case 'title':
      return JSON.stringify([FAKE_TITLE, 'The big tech battle for AI talent']);
    case 'description':
      return `Voici trois propositions :\n\`\`\`json\n${JSON.stringify([FAKE_DESCRIPTION, 'Trop court.'])}\n\`\`\``;
    case 'translate':
      return `Voici la traduction :\n\n${FAKE_TRANSLATION}`;
    case 'expand':
      return `## ${FAKE_DRAFT_HEADING}\n\n${DRAFT_PARAGRAPH}\n\n${DRAFT_PARAGRAPH}\n\n${DRAFT_PARAGRAPH}`;
    case 'headings': {
      const n = Number(/découpé en (\d+) sections/.exec(prompt)?.[1] ?? 1);
      return JSON.stringify(HEADINGS.slice(0, n));
    }
    case 'rephrase': {
      const sentence = /Phrase :\n(.*)\n/.exec(prompt)?.[1] ?? '';
      const short = sentence.split(/\s+/).slice(0, 12).join(' ').replace(/[\s,;:]+$/, '');
      return `1. ${short}.\n2. ${sentence}`;
    }
  }
}
