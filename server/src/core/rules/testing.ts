// Helpers for the rule tests that sit beside each rule (not used by the product).
import { analyze } from '../pipeline/analyze';
import { type Finding } from '../base/finding';
import { normalizeSettings } from '../config/settings';
import { findRule } from './index';

export interface CheckedFinding extends Finding {
  /** The text the finding points at. */
  readonly spanText: string;
}

/** Runs one rule on `text` with settings built from `settings` (as in the `plume` section). */
export function checkRule(ruleId: string, text: string, settings: Record<string, unknown> = {}, fileName?: string): CheckedFinding[] {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const { findings } = analyze(text, normalizeSettings({ locale: 'fr', ...settings }), {
    rules: [rule],
    ...(fileName ? { fileName } : {}),
    onRuleError: (_id, error) => {
      throw error;
    },
  });
  return findings.map((f) => ({ ...f, spanText: text.slice(f.span.start, f.span.end) }));
}

/** French prose of exactly `n` words, in sentences of ten words. */
export function words(n: number, seed = 'mot'): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = i % 10 === 0 ? `Le${seed}` : `${seed}${i % 7}`;
    out.push(i % 10 === 9 || i === n - 1 ? `${w}.` : w);
  }
  return out.join(' ');
}
