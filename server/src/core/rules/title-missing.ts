import type { Rule } from './rule';
import { say } from './rule';

export const titleMissingRule: Rule = {
  meta: {
    id: 'title-missing',
    name: { fr: 'Titre présent', en: 'Title present' },
    description: {
      fr: 'Un article publiable a un titre : un champ du front matter (plume.frontMatter.titleFields, « title » par défaut) ou un titre « # ». C’est lui que les moteurs de recherche affichent.',
      en: 'A publishable article has a title: a front-matter field (plume.frontMatter.titleFields, « title » by default) or a « # » heading. Search engines display it.',
    },
    defaultSeverity: 'warning',
    weight: 3,
    category: 'structure',
    options: ['frontMatter.titleFields'],
  },
  check(ctx) {
    const { article } = ctx;
    if (article.title && article.title.text.trim() !== '') return [];
    const fields = ctx.settings.frontMatter.titleFields.join(', ');
    const span = article.title?.span ?? firstVisibleLine(article.text, article.bodyStart);
    return [
      {
        span,
        message: say(ctx, {
          fr: `Titre manquant : ajoutez un champ « ${fields} » au front matter ou un titre « # ».`,
          en: `Missing title: add a « ${fields} » front-matter field or a « # » heading.`,
        }),
      },
    ];
  },
};

function firstVisibleLine(text: string, from: number): { start: number; end: number } {
  let start = from;
  while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return { start: Math.min(start, text.length), end: Math.max(Math.min(end, text.length), Math.min(start, text.length)) };
}
