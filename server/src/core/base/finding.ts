// Leaf types: what a check reports, before (RuleFinding) and after (Finding) the severity is known.
import type { Span } from './span';

/** How loud a finding is; the adapters map it to their own levels. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem found by a rule, in document offsets; `data` carries what a fix needs. */
export interface RuleFinding {
  readonly span: Span;
  readonly message: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A rule's finding with the severity in force; what the adapters turn into diagnostics. */
export interface Finding extends RuleFinding {
  readonly ruleId: string;
  readonly severity: Severity;
}

