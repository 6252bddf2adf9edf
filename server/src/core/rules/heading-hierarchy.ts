import type { Rule } from './rule';
import type { RuleFinding } from '../base/finding';
import { say } from './rule';
import { renderedLevel } from '../config/settings';

export const headingHierarchyRule: Rule = {
  meta: {
    id: 'heading-hierarchy',
    name: { fr: 'Hiérarchie des intertitres', en: 'Heading hierarchy' },
    description: {
      fr: 'Les niveaux d’intertitres se suivent sans saut : un « #### » vient sous un « ### », pas directement sous un « ## ». Les lecteurs d’écran et les moteurs de recherche lisent le plan de la page à partir de ces niveaux.',
      en: 'Heading levels follow each other without skipping: a « #### » comes under a « ### », not directly under a « ## ». Screen readers and search engines read the page outline from these levels.',
    },
    defaultSeverity: 'warning',
    category: 'structure',
    options: ['headingOffset'],
  },
  check(ctx) {
    const { article } = ctx;
    const findings: RuleFinding[] = [];
    // The page title is the level-1 heading even when it lives in the front matter.
    let previous = article.title ? 1 : 0;
    const offset = ctx.settings.headingOffset;
    for (const h of article.headings) {
      // Levels as the site renders them (plume.headingOffset); the mark to type is the written one.
      const level = renderedLevel(h.level, ctx.settings);
      if (previous > 0 && level > previous + 1) {
        const expected = '#'.repeat(Math.max(1, previous + 1 - offset));
        findings.push({
          span: h.textSpan.end > h.textSpan.start ? h.textSpan : h.span,
          message: say(ctx, {
            fr: `Niveau sauté : cet intertitre de niveau ${level} suit un niveau ${previous}. Écrivez-le « ${expected} ».`,
            en: `Skipped level: this level-${level} heading follows a level ${previous}. Write it « ${expected} ».`,
          }),
          data: { level, expected: previous + 1 },
        });
      }
      previous = level;
    }
    return findings;
  },
};
