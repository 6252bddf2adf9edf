// The article's score (0–100) from the rules' results, and the rules' figures for reports.
import type { Finding } from '../base/finding';
import type { Article } from '../article/model';
import type { Locale } from '../base/i18n';
import { RULES } from '../rules';
import type { Rule, RuleContext, RuleMetrics } from '../rules/rule';
import type { Settings } from '../config/settings';

/**
 * How much each rule weighs in the score. Problems a reader or a search engine sees first weigh 3
 * (no title, foreign text, too short, no keyphrase or not in the title), structural and readability
 * problems 2, refinements 1. A rule missing here (added later) weighs 1.
 */
export const RULE_WEIGHTS: Readonly<Record<string, number>> = {
  'front-matter': 2,
  'title-missing': 3,
  'title-language': 3,
  'min-words': 3,
  subheadings: 2,
  'keyphrase-missing': 3,
  'keyphrase-length': 1,
  'keyphrase-in-title': 3,
  'keyphrase-in-introduction': 2,
  'keyphrase-in-description': 1,
  'keyphrase-in-subheadings': 1,
  'keyphrase-in-slug': 1,
  'keyphrase-density': 2,
  'title-length': 2,
  'description-width': 1,
  'h1-count': 2,
  'heading-hierarchy': 1,
  'paragraph-length': 1,
  'image-alt': 1,
  links: 1,
  'sentence-length': 2,
  readability: 2,
  'transition-words': 1,
  'passive-voice': 1,
  'consecutive-sentences': 1,
  'paragraph-language': 3,
};

export function ruleWeight(id: string): number {
  return RULE_WEIGHTS[id] ?? 1;
}

export interface Score {
  /** 0–100: the weight of the evaluated SEO checks without findings over the weight of every evaluated one. */
  readonly score: number;
  /** Enabled rules with at least one finding (after silencing). */
  readonly failed: readonly string[];
}

/**
 * The score of an analysis: 100 × (weights of evaluated SEO rules with no finding) / (weights of all
 * evaluated SEO rules). A rule turned `off` counts neither way, nor does one that was not evaluated
 * (`notEvaluated`: no keyphrase for the keyphrase checks…), nor typography: fixing a quote or adding
 * a well-typed sentence must not move the SEO score. A silenced finding does not count.
 */
export function computeScore(
  findings: readonly Finding[],
  settings: Settings,
  rules: readonly Rule[] = RULES,
  notEvaluated: ReadonlySet<string> = new Set(),
): Score {
  const failed = new Set(findings.map((f) => f.ruleId));
  let total = 0;
  let passed = 0;
  for (const rule of rules) {
    const id = rule.meta.id;
    if (settings.rules[id] === 'off' || rule.meta.category === 'typography') continue;
    if (notEvaluated.has(id) && !failed.has(id)) continue;
    const w = ruleWeight(id);
    total += w;
    if (!failed.has(id)) passed += w;
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
