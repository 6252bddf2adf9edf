import type { Rule } from './rule';
import type { RuleFinding } from '../base/finding';
import { say } from './rule';
import { renderedLevel } from '../config/settings';
import { headingsInComponents } from '../article/components';

export const headingHierarchyRule: Rule = {
  meta: {
    id: 'heading-hierarchy',
    name: { fr: 'Hiérarchie des intertitres', en: 'Heading hierarchy' },
    description: {
      fr: 'Les niveaux d’intertitres se suivent sans saut : un « #### » vient sous un « ### », pas directement sous un « ## ». Les lecteurs d’écran et les moteurs de recherche lisent le plan de la page à partir de ces niveaux. Les titres écrits dans un composant JSX (`<DeepDive>`, `<Note>`…) sont ceux du composant et ne sont pas vérifiés.',
      en: 'Heading levels follow each other without skipping: a « #### » comes under a « ### », not directly under a « ## ». Screen readers and search engines read the page outline from these levels. Headings inside a JSX component (`<DeepDive>`, `<Note>`…) are its own titles and are not checked.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'structure',
    options: ['headingOffset'],
  },
  check(ctx) {
    const { article } = ctx;
    const findings: RuleFinding[] = [];
    // The page title is the level-1 heading even when it lives in the front matter.
    let previous = article.title ? 1 : 0;
    const offset = ctx.settings.headingOffset;
    const inComponents = headingsInComponents(article);
    for (const [index, h] of article.headings.entries()) {
      // A component's own title (`<DeepDive>` then `####`) is outside the page's outline.
      if (inComponents.has(index)) continue;
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
