import type { Localized } from '../base/i18n';
import type { Rule, RuleContext, RuleMeta } from './rule';
import { say } from './rule';
import type { Settings } from '../config/settings';
import { typographyIssues, type TypoIssue, type TypoProblem, type TypoRuleId } from '../typography/scan';

/** The front-matter fields whose values are prose: the title fields and the description. */
export function proseFields(settings: Settings): readonly string[] {
  return [...settings.frontMatter.titleFields, ...settings.frontMatter.descriptionFields];
}

export function articleTypography(ctx: { article: RuleContext['article']; settings: Settings }): readonly TypoIssue[] {
  return typographyIssues(ctx.article, ctx.settings.typography, proseFields(ctx.settings));
}

function spaceName(settings: Settings): Localized {
  return settings.typography.space === 'regular'
    ? { fr: 'espace insécable', en: 'no-break space' }
    : { fr: 'espace fine insécable', en: 'narrow no-break space' };
}

/** « avant « : » » reads badly for the quotation marks themselves: name them. */
function markName(mark: string): Localized {
  if (mark === '«') return { fr: 'le guillemet ouvrant « « »', en: 'the opening quotation mark « « »' };
  if (mark === '»') return { fr: 'le guillemet fermant « » »', en: 'the closing quotation mark « » »' };
  return { fr: `« ${mark} »`, en: `« ${mark} »` };
}

export function problemMessage(problem: TypoProblem, settings: Settings): Localized {
  const space = spaceName(settings);
  const mark = 'mark' in problem && problem.kind !== 'spaceBefore' ? markName(problem.mark) : { fr: '', en: '' };
  switch (problem.kind) {
    case 'nbspBefore':
      return problem.missing
        ? { fr: `Il manque une ${space.fr} avant ${mark.fr}.`, en: `A ${space.en} is missing before ${mark.en}.` }
        : { fr: `Une ${space.fr} remplace l’espace avant ${mark.fr}.`, en: `Use a ${space.en} instead of the space before ${mark.en}.` };
    case 'nbspAfter':
      return problem.missing
        ? { fr: `Il manque une ${space.fr} après ${mark.fr}.`, en: `A ${space.en} is missing after ${mark.en}.` }
        : { fr: `Une ${space.fr} remplace l’espace après ${mark.fr}.`, en: `Use a ${space.en} instead of the space after ${mark.en}.` };
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
