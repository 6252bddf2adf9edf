// The first analysis of a document runs without the language detector (its rules fail with
// LanguageDetectorNotLoaded, so the other diagnostics are published at once). Once the detector is
// loaded, only those rules run again, on the article already parsed: a second full analysis took
// seconds on a long document, during which the server answered nothing, not even `shutdown`; the
// completion runs in slices too.
import { RULES, ruleSteps, type Analysis, type AnalyzeOptions, type Finding, type Settings, type Steps } from '../core';

const ruleOrder = new Map(RULES.map((rule, index) => [rule.meta.id, index]));

/**
 * The analysis with the findings of `ruleIds` added, in the order a full analysis gives them; in
 * slices, as the analysis itself: on a book those rules (spelling, languages) take hundreds of ms.
 */
export function* completeAnalysisSteps(analysis: Analysis, settings: Settings, ruleIds: ReadonlySet<string>, options: AnalyzeOptions): Steps<Analysis> {
  const rules = RULES.filter((rule) => ruleIds.has(rule.meta.id));
  const added = yield* ruleSteps(analysis.article, settings, settings.locale, { ...options, rules });
  return { article: analysis.article, findings: inRuleOrder([...analysis.findings, ...added]) };
}

/** Stable sort by the rules' order; findings of no rule (the size-limit notice) stay last. */
function inRuleOrder(findings: Finding[]): Finding[] {
  const rank = (f: Finding): number => ruleOrder.get(f.ruleId) ?? RULES.length;
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
}
