// Helpers for the clean-up rules' tests: the text a finding's fix produces.
import { applyEdits, type TextEdit } from '../base/edit';
import type { CheckedFinding } from './testing';

/** The text after the finding's fix. */
export function fixed(text: string, finding: CheckedFinding): string {
  const cleanup = finding.data?.cleanup as { edits: TextEdit[] } | undefined;
  if (!cleanup) throw new Error(`finding of ${finding.ruleId} has no fix`);
  return applyEdits(text, cleanup.edits);
}
