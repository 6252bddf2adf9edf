// The first analysis of a document runs without the language detector (its rules fail with
// LanguageDetectorNotLoaded, so the other diagnostics are published at once). Once the detector is
// loaded, only those rules run again, on the article already parsed: a second full analysis took
// seconds on a long document, during which the server answered nothing, not even `shutdown`.
import { RULES, runRules, type Analysis, type AnalyzeOptions, type Finding, type Settings } from '../core';

const ruleOrder = new Map(RULES.map((rule, index) => [rule.meta.id, index]));

/** The analysis with the findings of `ruleIds` added, in the order a full analysis gives them. */
export function completeAnalysis(analysis: Analysis, settings: Settings, ruleIds: ReadonlySet<string>, options: AnalyzeOptions): Analysis {
  const rules = RULES.filter((rule) => ruleIds.has(rule.meta.id));
  const added = runRules(analysis.article, settings, settings.locale, { ...options, rules });
  return { article: analysis.article, findings: inRuleOrder([...analysis.findings, ...added]) };
}

/** Stable sort by the rules' order; findings of no rule (the size-limit notice) stay last. */
function inRuleOrder(findings: Finding[]): Finding[] {
  const rank = (f: Finding): number => ruleOrder.get(f.ruleId) ?? RULES.length;
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
}
