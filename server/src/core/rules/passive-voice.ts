import { hasPassive } from '../french/passive';
import { formatNumber } from '../i18n';
import type { Rule, RuleContext } from './rule';
import { articleAnchor, say } from './rule';
import { bodySentences, foldedWords, percent } from './shared';

export const passiveVoiceRule: Rule = {
  meta: {
    id: 'passive-voice',
    name: { fr: 'Voix passive', en: 'Passive voice' },
    description: {
      fr: 'Au plus plume.readability.maxPassiveShare % des phrases (10 % par défaut) sont à la voix passive : une forme d’« être » suivie d’un participe passé accordé (« les données sont collectées »). La voix active dit qui agit et se lit plus vite. Les formes pronominales (« s’est ») et les temps composés avec « être » (« est arrivé ») ne comptent pas.',
      en: 'At most plume.readability.maxPassiveShare % of sentences (10 % by default) are in the passive voice: a form of « être » followed by an agreeing past participle (« les données sont collectées »). The active voice says who acts and reads faster. Reflexive forms (« s’est ») and compound tenses with « être » (« est arrivé ») do not count.',
    },
    defaultSeverity: 'warning',
    category: 'readability',
    options: ['readability.maxPassiveShare'],
  },
  check(ctx) {
    const m = measure(ctx);
    const max = ctx.settings.readability.maxPassiveShare;
    if (!m || m.share <= max) return [];
    const l = ctx.locale;
    return [
      {
        span: m.first ?? articleAnchor(ctx.article),
        message: say(ctx, {
          fr: `${formatNumber(m.share, l)} % des phrases sont au passif (${formatNumber(m.passive, l)} sur ${formatNumber(m.total, l)}), plus de ${formatNumber(max, l)} % : préférez la voix active. Ici, la première.`,
          en: `${formatNumber(m.share, l)} % of sentences are passive (${formatNumber(m.passive, l)} of ${formatNumber(m.total, l)}), more than ${formatNumber(max, l)} %: prefer the active voice. Here, the first one.`,
        }),
        data: { share: m.share },
      },
    ];
  },
  metrics(ctx) {
    const m = measure(ctx);
    return m ? { passiveShare: m.share } : undefined;
  },
};

function measure(ctx: RuleContext) {
  const { article } = ctx;
  const sentences = bodySentences(article);
  if (sentences.length === 0) return undefined;
  const folded = foldedWords(article);
  let passive = 0;
  let first: { start: number; end: number } | undefined;
  for (const s of sentences) {
    const f = folded.slice(s.wordStart, s.wordEnd);
    const original = (k: number) => {
      const w = article.words[s.wordStart + k];
      return article.masked.slice(w.start, w.end);
    };
    if (hasPassive(f, original)) {
      passive++;
      first ??= { start: s.start, end: s.end };
    }
  }
  return { total: sentences.length, passive, share: percent(passive, sentences.length), first };
}
