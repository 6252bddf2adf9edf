import { SOURCE_LINE } from '../french/data/debris';
import { cleanupData, REMOVE_LINE } from './cleanup';
import { lineWordCount, keptParagraphLines, removeLinesEdit } from './lines';
import type { Rule } from './rule';
import { say } from './rule';

/** A source or share line is short: past this many words it is a sentence that starts like one. */
const MAX_WORDS = 10;

export const debrisSourceRule: Rule = {
  meta: {
    id: 'debris-source',
    name: { fr: 'Reste de page : source, partage, newsletter', en: 'Page leftover: source, share, newsletter' },
    description: {
      fr: 'Une ligne copiée avec l’article depuis la page d’origine : « Source link », « Lire aussi », « Partager sur Facebook », « Abonnez-vous à notre newsletter ». Elle n’a pas sa place dans l’article publié ; la correction (et la correction globale) la supprime.',
      en: 'A line copied with the article from its original page: « Source link », « Read more », « Share on Facebook », « Subscribe to our newsletter ». It does not belong in the published article; the fix (and fix-all) removes it.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'language',
  },
  check(ctx) {
    const { article } = ctx;
    return keptParagraphLines(article, 'debris-source', (line) => SOURCE_LINE.test(line.text) && lineWordCount(line.text, MAX_WORDS) <= MAX_WORDS)
      .map((line) => {
        const stray = /\s(-?\d+|[#*•|]+)$/.exec(line.text)?.[1];
        return {
          span: { start: line.start, end: line.end },
          message: say(ctx, {
            fr: `Reste de la page d’origine (« ${line.text} ») : supprimez cette ligne${stray ? `, avec « ${stray} » qui traîne à sa fin` : ''}.`,
            en: `Leftover from the original page (« ${line.text} »): remove this line${stray ? `, with the stray « ${stray} » at its end` : ''}.`,
          }),
          data: cleanupData([removeLinesEdit(article.text, line.start, line.end)], REMOVE_LINE, true, stray ? { stray } : {}),
        };
      });
  },
};
