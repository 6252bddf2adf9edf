import type { Rule } from './rule';
import type { RuleFinding } from '../base/finding';
import { say } from './rule';

export const headingHierarchyRule: Rule = {
  meta: {
    id: 'heading-hierarchy',
    name: { fr: 'Hiérarchie des intertitres', en: 'Heading hierarchy' },
    description: {
      fr: 'Les niveaux d’intertitres se suivent sans saut : un « #### » vient sous un « ### », pas directement sous un « ## ». Les lecteurs d’écran et les moteurs de recherche lisent le plan de la page à partir de ces niveaux.',
      en: 'Heading levels follow each other without skipping: a « #### » comes under a « ### », not directly under a « ## ». Screen readers and search engines read the page outline from these levels.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'structure',
  },
  check(ctx) {
    const { article } = ctx;
    const findings: RuleFinding[] = [];
    // The page title is the level-1 heading even when it lives in the front matter.
    let previous = article.title ? 1 : 0;
    for (const h of article.headings) {
      if (previous > 0 && h.level > previous + 1) {
        const expected = '#'.repeat(previous + 1);
        findings.push({
          span: h.textSpan.end > h.textSpan.start ? h.textSpan : h.span,
          message: say(ctx, {
            fr: `Niveau sauté : un intertitre de niveau ${h.level} suit un niveau ${previous}. Utilisez « ${expected} ».`,
            en: `Skipped level: a level-${h.level} heading follows a level ${previous}. Use « ${expected} ».`,
          }),
          data: { level: h.level, expected: previous + 1 },
        });
      }
      previous = h.level;
    }
    return findings;
  },
};
