import type { Localized } from '../i18n';
import type { Rule, RuleContext, RuleMeta } from '../rules/rule';
import { say } from '../rules/rule';
import type { Settings } from '../settings';
import { typographyIssues, type TypoIssue, type TypoProblem, type TypoRuleId } from './scan';

/** The front-matter fields whose values are prose: the title fields and the description. */
export function proseFields(settings: Settings): readonly string[] {
  return [...settings.frontMatter.titleFields, settings.frontMatter.descriptionField];
}

export function articleTypography(ctx: { article: RuleContext['article']; settings: Settings }): readonly TypoIssue[] {
  return typographyIssues(ctx.article, ctx.settings.typography, proseFields(ctx.settings));
}

function spaceName(settings: Settings): Localized {
  return settings.typography.space === 'regular'
    ? { fr: 'espace insécable', en: 'no-break space' }
    : { fr: 'espace fine insécable', en: 'narrow no-break space' };
}

export function problemMessage(problem: TypoProblem, settings: Settings): Localized {
  const space = spaceName(settings);
  switch (problem.kind) {
    case 'nbspBefore':
      return problem.missing
        ? { fr: `Il manque une ${space.fr} avant « ${problem.mark} ».`, en: `A ${space.en} is missing before « ${problem.mark} ».` }
        : { fr: `Une ${space.fr} remplace l’espace avant « ${problem.mark} ».`, en: `Use a ${space.en} instead of the space before « ${problem.mark} ».` };
    case 'nbspAfter':
      return problem.missing
        ? { fr: `Il manque une ${space.fr} après « ${problem.mark} ».`, en: `A ${space.en} is missing after « ${problem.mark} ».` }
        : { fr: `Une ${space.fr} remplace l’espace après « ${problem.mark} ».`, en: `Use a ${space.en} instead of the space after « ${problem.mark} ».` };
    case 'quotes':
      return { fr: 'Guillemets droits : en français, on écrit « … ».', en: 'Straight quotes: French uses « … ».' };
    case 'apostrophe':
      return problem.to === '’'
        ? { fr: 'Apostrophe droite : préférez l’apostrophe typographique « ’ ».', en: 'Straight apostrophe: prefer the typographic apostrophe « ’ ».' }
        : { fr: 'Apostrophe typographique : ce projet préfère l’apostrophe droite « \' ».', en: "Typographic apostrophe: this project prefers the straight apostrophe « ' »." };
    case 'ellipsis':
      return { fr: 'Trois points : utilisez le caractère « … ».', en: 'Three dots: use the ellipsis character « … ».' };
    case 'doubleSpace':
      return { fr: 'Espaces en trop : une seule suffit.', en: 'Extra spaces: one is enough.' };
    case 'spaceBefore':
      return { fr: `Pas d’espace avant « ${problem.mark} ».`, en: `No space before « ${problem.mark} ».` };
  }
}

/** A typography rule reads the shared scan (done once per article) and keeps its own issues. */
export function typographyRule(id: TypoRuleId, meta: Omit<RuleMeta, 'id' | 'category'>): Rule {
  return {
    meta: { id, category: 'typography', ...meta },
    check(ctx) {
      return articleTypography(ctx)
        .filter((issue) => issue.rule === id)
        .map((issue) => ({ span: issue.span, message: say(ctx, problemMessage(issue.problem, ctx.settings)), data: { edits: issue.edits } }));
    },
  };
}
