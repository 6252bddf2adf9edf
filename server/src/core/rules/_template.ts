// A rule to copy: `cp _template.ts my-rule.ts`, rename the constant and the id, register it in
// index.ts, run `npm run generate` (settings, docs and schema come from `meta`). This one is compiled
// and tested (_template.test.ts) so that it never rots, but it is not registered: it never runs.
//
// A rule reads the parsed article (article/), language and SEO knowledge (french/, seo/) and returns
// findings in offsets of the text. It never imports actions: a fix reads the finding's `data`.
import { formatNumber } from '../base/i18n';
import { bodySentences } from '../article/body';
import type { Rule } from './rule';
import { say } from './rule';

export const templateRule: Rule = {
  meta: {
    // The id is the diagnostic code, the settings key (`plume.rules`), the silencing comment and the
    // docs anchor at once: choose it once, never rename it.
    id: 'template-exclamations',
    name: { fr: 'Points d’exclamation', en: 'Exclamation marks' },
    description: {
      fr: 'Une phrase ne se termine pas par plusieurs points d’exclamation.',
      en: 'A sentence does not end with several exclamation marks.',
    },
    defaultSeverity: 'hint',
    // Weight in the score: 3 for what a reader or a search engine sees first, 2 structure, 1 refinements.
    weight: 1,
    category: 'readability',
  },
  check(ctx) {
    const { article } = ctx;
    const findings = [];
    for (const sentence of bodySentences(article)) {
      const text = article.text.slice(sentence.start, sentence.end);
      const run = /!{2,}\s*$/.exec(text);
      if (!run) continue;
      const start = sentence.start + run.index;
      findings.push({
        span: { start, end: start + run[0].trimEnd().length },
        // Imperative, French typography (no-break space before « : » « ! » « ? »).
        message: say(ctx, {
          fr: `Gardez un seul point d’exclamation (${formatNumber(run[0].trimEnd().length, 'fr')} ici).`,
          en: `Keep a single exclamation mark (${formatNumber(run[0].trimEnd().length, 'en')} here).`,
        }),
        // What a fix needs, so that the action does not parse again.
        data: { count: run[0].trimEnd().length },
      });
    }
    return findings;
  },
};
