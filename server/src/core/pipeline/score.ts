// The article's score (0–100) from the rules' results, and the rules' figures for reports.
import type { Finding } from '../base/finding';
import type { Article } from '../article/model';
import type { Locale } from '../base/i18n';
import { RULES } from '../rules';
import type { Rule, RuleContext, RuleMetrics } from '../rules/rule';
import type { Settings } from '../config/settings';

/** Each rule's weight in the score, from its metadata (kept for callers that read a table). */
export const RULE_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.weight ?? 1]));

/** The weight of a rule in the score: its metadata's, 1 for a rule that sets none or is unknown. */
export function ruleWeight(id: string): number {
  return RULE_WEIGHTS[id] ?? 1;
}

export interface Score {
  /** 0–100: the weight of the rules without findings over the weight of every enabled rule. */
  readonly score: number;
  /** Enabled rules with at least one finding (after silencing). */
  readonly failed: readonly string[];
}

/**
 * The score of an analysis: 100 × (weights of enabled rules with no finding) / (weights of all
 * enabled rules). A rule turned `off` counts neither way; a silenced finding does not count.
 */
export function computeScore(findings: readonly Finding[], settings: Settings, rules: readonly Rule[] = RULES): Score {
  const failed = new Set(findings.map((f) => f.ruleId));
  let total = 0;
  let passed = 0;
  for (const rule of rules) {
    if (settings.rules[rule.meta.id] === 'off') continue;
    const w = ruleWeight(rule.meta.id);
    total += w;
    if (!failed.has(rule.meta.id)) passed += w;
  }
  return { score: total === 0 ? 100 : Math.round((100 * passed) / total), failed: rules.map((r) => r.meta.id).filter((id) => failed.has(id)) };
}

/** Every enabled rule's figures for this article, by rule id (rules without figures are left out). */
export function collectMetrics(
  article: Article,
  settings: Settings,
  locale: Locale,
  fileName?: string,
  rules: readonly Rule[] = RULES,
): Record<string, RuleMetrics> {
  const context: RuleContext = { article, settings, locale, ...(fileName ? { fileName } : {}) };
  const out: Record<string, RuleMetrics> = {};
  for (const rule of rules) {
    if (!rule.metrics || settings.rules[rule.meta.id] === 'off') continue;
    try {
      const m = rule.metrics(context);
      if (m) out[rule.meta.id] = m;
    } catch {
      // A rule's figures are informative: a failure loses them, never the report.
    }
  }
  return out;
}
