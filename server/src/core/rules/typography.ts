import type { Localized } from '../base/i18n';
import type { Steps } from '../base/steps';
import type { Rule, RuleContext, RuleMeta } from './rule';
import { say } from './rule';
import type { Settings } from '../config/settings';
import { typographyIssues, typographyIssuesSteps, type TypoIssue, type TypoProblem, type TypoRuleId, type TypographyData } from '../typography/scan';

/** The front-matter fields whose values are prose: the title fields and the description. */
export function proseFields(settings: Settings): readonly string[] {
  return [...settings.frontMatter.titleFields, ...settings.frontMatter.descriptionFields];
}

export function articleTypography(ctx: { article: RuleContext['article']; settings: Settings }): readonly TypoIssue[] {
  return typographyIssues(ctx.article, ctx.settings.typography, proseFields(ctx.settings));
}

/** The shared scan in slices (the first typography rule to run does it; the others find it done). */
function* prepareTypography(ctx: RuleContext): Steps<void> {
  yield* typographyIssuesSteps(ctx.article, ctx.settings.typography, proseFields(ctx.settings));
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
        ? { fr: `Ajoutez une ${space.fr} avant ${mark.fr}.`, en: `Add a ${space.en} before ${mark.en}.` }
        : { fr: `Remplacez l’espace avant ${mark.fr} par une ${space.fr}.`, en: `Replace the space before ${mark.en} with a ${space.en}.` };
    case 'nbspAfter':
      return problem.missing
        ? { fr: `Ajoutez une ${space.fr} après ${mark.fr}.`, en: `Add a ${space.en} after ${mark.en}.` }
        : { fr: `Remplacez l’espace après ${mark.fr} par une ${space.fr}.`, en: `Replace the space after ${mark.en} with a ${space.en}.` };
    case 'quotes':
      return { fr: 'Remplacez les guillemets droits par des guillemets français « … ».', en: 'Replace the straight quotes with French quotation marks « … ».' };
    case 'apostrophe':
      return problem.to === '’'
        ? { fr: 'Remplacez l’apostrophe droite par l’apostrophe typographique « ’ ».', en: 'Replace the straight apostrophe with the typographic apostrophe « ’ ».' }
        : { fr: 'Remplacez l’apostrophe typographique par l’apostrophe droite « \' » que ce projet préfère.', en: "Replace the typographic apostrophe with the straight apostrophe « ' » this project prefers." };
    case 'ellipsis':
      return { fr: 'Remplacez les trois points par le caractère « … ».', en: 'Replace the three dots with the ellipsis character « … ».' };
    case 'doubleSpace':
      return { fr: 'Supprimez les espaces en trop : une seule suffit.', en: 'Remove the extra spaces: one is enough.' };
    case 'spaceBefore':
      return { fr: `Supprimez l’espace avant « ${problem.mark} ».`, en: `Remove the space before « ${problem.mark} ».` };
  }
}

/** The issues of one scan by rule, sorted once for all the typography rules (a book has thousands). */
const byRuleCache = new WeakMap<readonly TypoIssue[], Map<TypoRuleId, TypoIssue[]>>();
function issuesOf(issues: readonly TypoIssue[], id: TypoRuleId): readonly TypoIssue[] {
  let byRule = byRuleCache.get(issues);
  if (!byRule) {
    byRule = new Map();
    for (const issue of issues) {
      const list = byRule.get(issue.rule);
      if (list) list.push(issue);
      else byRule.set(issue.rule, [issue]);
    }
    byRuleCache.set(issues, byRule);
  }
  return byRule.get(id) ?? [];
}

/** Messages by what they depend on: the same few problems recur all over a document. */
const messages = new Map<string, string>();
function message(ctx: RuleContext, problem: TypoProblem): string {
  const key = `${ctx.locale}|${ctx.settings.typography.space}|${problem.kind}|${'mark' in problem ? problem.mark : ''}|${'missing' in problem ? String(problem.missing) : ''}|${'to' in problem ? problem.to : ''}`;
  let text = messages.get(key);
  if (text === undefined) {
    text = say(ctx, problemMessage(problem, ctx.settings));
    if (messages.size > 1000) messages.clear();
    messages.set(key, text);
  }
  return text;
}

/** A typography rule reads the shared scan (done once per article) and keeps its own issues. */
export function typographyRule(id: TypoRuleId, meta: Omit<RuleMeta, 'id' | 'category'>): Rule<TypographyData, TypoRuleId> {
  return {
    meta: { id, category: 'typography', ...meta },
    prepare: prepareTypography,
    check(ctx) {
      return issuesOf(articleTypography(ctx), id).map((issue) => ({ span: issue.span, message: message(ctx, issue.problem), data: { edits: issue.edits } }));
    },
  };
}
