import { ANGLICISMS } from '../french/data/anglicisms';
import { proseMatches } from './proseMatches';
import type { Rule } from './rule';
import { say } from './rule';

const PATTERNS = ANGLICISMS.map((a) => a.pattern);

export const anglicismsRule: Rule = {
  meta: {
    id: 'anglicisms',
    name: { fr: 'Anglicisme', en: 'Anglicism' },
    description: {
      fr: 'Un mot anglais là où le français courant en a un (« Big Tech », « lazy loadées », « deadline », « roadmap ») : le message donne l’équivalent (FranceTerme, OQLF). Les mots entrés dans l’usage (« startup », « e-mail », « newsletter ») ne sont pas signalés. Pour garder un mot, ajoutez-le à `plume.words`. Liste : `server/src/core/french/data/anglicisms.ts`.',
      en: 'An English word where everyday French has one (« Big Tech », « lazy loadées », « deadline », « roadmap »): the message gives the French word (FranceTerme, OQLF). Words now part of French (« startup », « e-mail », « newsletter ») are not reported. To keep a word, add it to `plume.words`. List: `server/src/core/french/data/anglicisms.ts`.',
    },
    defaultSeverity: 'hint',
    weight: 1,
    category: 'language',
    options: ['words'],
  },
  check(ctx) {
    const allowed = new Set(ctx.settings.words.map((w) => w.toLowerCase()));
    const matches = proseMatches(ctx.article, 'anglicisms', PATTERNS).filter((m) => !allowed.has(ANGLICISMS[m.which].word) && !allowed.has(m.text.toLowerCase()));
    // One finding per word, on its first use: a word the writer uses on purpose is not reported ten times.
    const uses = new Map<number, number>();
    for (const m of matches) uses.set(m.which, (uses.get(m.which) ?? 0) + 1);
    const seen = new Set<number>();
    return matches
      .filter((m) => !seen.has(m.which) && seen.add(m.which))
      .map((m) => {
        const a = ANGLICISMS[m.which];
        const more = (uses.get(m.which) ?? 1) - 1;
        return {
          span: { start: m.start, end: m.end },
          message: say(ctx, {
            fr: `« ${m.text} » est un anglicisme${more > 0 ? ` (et ${more} autre${more > 1 ? 's' : ''} dans l’article)` : ''} : en français, ${a.french}. Pour le garder, ajoutez « ${a.word} » à plume.words.`,
            en: `« ${m.text} » is an anglicism${more > 0 ? ` (and ${more} more in the article)` : ''}: French says ${a.french}. To keep it, add « ${a.word} » to plume.words.`,
          }),
          data: { anglicism: a.word, uses: more + 1 },
        };
      });
  },
};
