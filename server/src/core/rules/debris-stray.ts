import { cleanupData, REMOVE_LINE } from './cleanup';
import { keptParagraphLines, removeLinesEdit } from './lines';
import type { Rule } from './rule';
import { say } from './rule';

/** Numbers and symbols only (« -57 », « • », « 12 »), no letter; Markdown's own marks are not paragraphs. */
const STRAY = /^[\p{N}\p{P}\p{S}\s]{1,12}$/u;

export const debrisStrayRule: Rule = {
  meta: {
    id: 'debris-stray',
    name: { fr: 'Chiffre ou symbole isolé', en: 'Stray number or symbol' },
    description: {
      fr: 'Une ligne faite seulement de chiffres ou de symboles (« -57 », « • », « 12 ») : un compteur de partages, un numéro de diapositive ou une puce restés du copier-coller. La correction (et la correction globale) la supprime.',
      en: 'A line made only of digits or symbols (« -57 », « • », « 12 »): a share counter, a slide number or a bullet left by copy and paste. The fix (and fix-all) removes it.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'language',
  },
  check(ctx) {
    const { article } = ctx;
    // Template and attribute syntax (« %} », « }} », « {: .lead } ») is the site's, not debris.
    return keptParagraphLines(article, 'debris-stray', (line) => STRAY.test(line.text) && !/[{}<>]/.test(line.text))
      .map((line) => ({
        span: { start: line.start, end: line.end },
        message: say(ctx, {
          fr: `« ${line.text} » reste seul sur sa ligne : un reste du copier-coller à supprimer.`,
          en: `« ${line.text} » is alone on its line: a copy-and-paste leftover to remove.`,
        }),
        data: cleanupData([removeLinesEdit(article.text, line.start, line.end)], REMOVE_LINE, true),
      }));
  },
};
