import { parseArticle, type PreviousParse } from './article/parse';
import type { Article } from './article/model';
import type { Locale } from './i18n';
import { RULES } from './rules';
import type { Rule, RuleContext, RuleFinding } from './rules/rule';
import type { Settings, Severity } from './settings';

/** A rule's finding with the severity in force; what the adapters turn into diagnostics. */
export interface Finding extends RuleFinding {
  readonly ruleId: string;
  readonly severity: Severity;
}

export interface AnalyzeOptions {
  readonly fileName?: string;
  /** Called when a rule throws: the rule's result is lost, never the analysis. */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
  readonly rules?: readonly Rule[];
  /** The previous analysis's article of the same document and the edits since: parsing reuses it. */
  readonly previous?: PreviousParse;
}

export interface Analysis {
  readonly article: Article;
  readonly findings: readonly Finding[];
}

/** The only entry the adapters call: parse once, run every enabled rule. */
export function analyze(text: string, settings: Settings, options: AnalyzeOptions = {}): Analysis {
  const article = parseArticle(text, { titleFields: settings.frontMatter.titleFields }, options.previous);
  return { article, findings: runRules(article, settings, settings.locale, options) };
}

export function runRules(article: Article, settings: Settings, locale: Locale, options: AnalyzeOptions = {}): Finding[] {
  const context: RuleContext = { article, settings, locale, ...(options.fileName ? { fileName: options.fileName } : {}) };
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    const configured = settings.rules[rule.meta.id];
    if (configured === 'off') continue;
    const severity = configured ?? rule.meta.defaultSeverity;
    try {
      for (const f of rule.check(context)) findings.push({ ...f, ruleId: rule.meta.id, severity });
    } catch (error) {
      options.onRuleError?.(rule.meta.id, error);
    }
  }
  return findings;
}
