import { UI_LINES } from '../french/data/debris';
import { cleanupData, REMOVE_LINE } from './cleanup';
import { asciiLetters, foldLine, keptParagraphLines, removeLinesEdit } from './lines';
import type { Rule } from './rule';
import { say } from './rule';

/** The longest line of the list: a line with more letters than this is not one (most lines, unfolded). */
const LONGEST = Math.max(...[...UI_LINES].map((l) => l.length));

export const debrisUiRule: Rule = {
  meta: {
    id: 'debris-ui',
    name: { fr: 'Mots d’interface restés dans le texte', en: 'Interface words left in the text' },
    description: {
      fr: 'Une ligne qui ne contient qu’un mot de l’interface de la page copiée, le plus souvent en anglais : « Advertisement », « Read more », « Skip to content », « 5 min read », « Copy link ». La correction (et la correction globale) la supprime.',
      en: 'A line holding only a word of the copied page’s interface, usually in English: « Advertisement », « Read more », « Skip to content », « 5 min read », « Copy link ». The fix (and fix-all) removes it.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'language',
  },
  check(ctx) {
    const { article } = ctx;
    return keptParagraphLines(article, 'debris-ui', (line) => asciiLetters(line.text, LONGEST) <= LONGEST && UI_LINES.has(foldLine(line.text)))
      .map((line) => ({
        span: { start: line.start, end: line.end },
        message: say(ctx, {
          fr: `« ${line.text} » est un mot de l’interface de la page copiée, pas du texte : supprimez cette ligne.`,
          en: `« ${line.text} » is a word of the copied page’s interface, not text: remove this line.`,
        }),
        data: cleanupData([removeLinesEdit(article.text, line.start, line.end)], REMOVE_LINE, true),
      }));
  },
};
