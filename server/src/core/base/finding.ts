// Leaf types: what a check reports, before (RuleFinding) and after (Finding) the severity is known.
import type { Span } from './span';

/** How loud a finding is; the adapters map it to their own levels. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * The data of a finding whose rule declares no type for it. Rules declare theirs as `type` aliases
 * (not interfaces), so that a typed finding is still a finding.
 */
export type FindingData = Readonly<Record<string, unknown>>;

/** A problem found by a rule, in document offsets; `data` carries what a fix needs, typed by the rule. */
export interface RuleFinding<Data extends object = FindingData> {
  readonly span: Span;
  readonly message: string;
  readonly data?: Data;
}

/** A rule's finding with the severity in force; what the adapters turn into diagnostics. */
export interface Finding<Id extends string = string, Data extends object = FindingData> extends RuleFinding<Data> {
  readonly ruleId: Id;
  readonly severity: Severity;
}

/**
 * The findings of one rule: its id and the data they carry, declared by the rule
 * (`export type TitleLanguageFinding = FindingOf<'title-language', TitleLanguageData>`).
 */
export type FindingOf<Id extends string, Data extends FindingData> = Finding<Id, Data> & { readonly data: Data };

/**
 * Whether `finding` is one of the rule's findings; narrows it to the rule's data. The id is checked
 * by the compiler against the rule's declared one, so a renamed rule breaks its fixes at build time.
 */
export function isFindingOf<F extends FindingOf<string, FindingData>>(finding: Finding, id: F['ruleId']): finding is F {
  return finding.ruleId === id && finding.data !== undefined;
}
