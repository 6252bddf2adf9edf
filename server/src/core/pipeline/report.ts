// The writer's report: what the status bar and the report panel show, built from one analysis.
// `score` (core/score.ts) and `keyphraseDensity` (the keyphrase-density rule's figures) arrive through
// `ReportExtras`, computed by the adapter; when absent the UI shows « — ».
import type { Analysis } from './analyze';
import { findTextField } from '../article/frontMatter';
import type { Span } from '../base/span';
import type { Locale } from '../base/i18n';
import { RULES } from '../rules';
import type { Rule, RuleCategory } from '../rules/rule';
import { previewOf, serpFields, type SerpFit, type SerpPreview } from '../seo/serpPreview';
import type { Settings } from '../config/settings';
import type { Severity } from '../base/finding';

export type CheckStatus = 'pass' | 'warn' | 'fail';

/** Groups in display order. */
export const REPORT_CATEGORIES: readonly RuleCategory[] = ['structure', 'keyphrase', 'readability', 'typography', 'language'];

/** `L` is where things are: offsets in the core, line/character ranges once the server converts them. */
export interface ReportFinding<L = Span> {
  readonly message: string;
  readonly severity: Severity;
  readonly at: L;
}

export interface ReportCheck<L = Span> {
  readonly ruleId: string;
  readonly name: string;
  readonly status: CheckStatus;
  readonly findings: readonly ReportFinding<L>[];
}

export interface ReportGroup<L = Span> {
  readonly category: RuleCategory;
  readonly checks: readonly ReportCheck<L>[];
}

export interface ReportSnippet<L = Span> {
  readonly text: string;
  /** `excerpt`: no description field; the first paragraph is shown instead. */
  readonly source: string;
  readonly chars: number;
  readonly desktop: SerpFit;
  readonly mobile: SerpFit;
  readonly at: L;
}

export interface Report<L = Span> {
  readonly locale: Locale;
  readonly wordCount: number;
  readonly minWords: number;
  /** 0–100, from core/score.ts. */
  readonly score?: number;
  readonly keyphrase?: string;
  /** Share of the body's words that belong to keyphrase occurrences, in %; undefined when not computed. */
  readonly keyphraseDensity?: number;
  readonly title?: ReportSnippet<L>;
  readonly description?: ReportSnippet<L>;
  readonly groups: readonly ReportGroup<L>[];
  /** What Plume detected of the site's conventions (generator, heading levels, fields), one line each. */
  readonly site?: readonly string[];
  readonly counts: Readonly<Record<CheckStatus, number>>;
}

export interface ReportExtras {
  readonly score?: number;
  /** Lines of `describeConventions`, from the adapter that looked the site up. */
  readonly site?: readonly string[];
  readonly keyphraseDensity?: number;
}

function statusOf(severities: readonly Severity[]): CheckStatus {
  if (severities.length === 0) return 'pass';
  return severities.includes('error') ? 'fail' : 'warn';
}

function snippet(p: SerpPreview): ReportSnippet {
  return { text: p.field.text, source: p.field.source, chars: p.chars, desktop: p.desktop, mobile: p.mobile, at: p.field.span };
}

function finite(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** Builds the report from an analysis already made (never analyses again). Rules turned off are left out. */
export function buildReport(analysis: Analysis, settings: Settings, extras: ReportExtras = {}, rules: readonly Rule[] = RULES): Report {
  const counts: Record<CheckStatus, number> = { pass: 0, warn: 0, fail: 0 };
  const groups: ReportGroup[] = REPORT_CATEGORIES.map((category) => {
    const checks: ReportCheck[] = [];
    for (const rule of rules) {
      if (rule.meta.category !== category || settings.rules[rule.meta.id] === 'off') continue;
      const findings = analysis.findings
        .filter((f) => f.ruleId === rule.meta.id)
        .map((f) => ({ message: f.message, severity: f.severity, at: f.span }));
      const status = statusOf(findings.map((f) => f.severity));
      counts[status]++;
      checks.push({ ruleId: rule.meta.id, name: rule.meta.name[settings.locale], status, findings });
    }
    return { category, checks };
  });
  const fields = serpFields(analysis.article, settings);
  const keyphrase = findTextField(analysis.article.frontMatter, settings.frontMatter.keyphraseFields)?.text.trim();
  const score = finite(extras.score);
  const density = finite(extras.keyphraseDensity);
  return {
    locale: settings.locale,
    wordCount: analysis.article.bodyWordCount,
    minWords: settings.minWords,
    ...(score !== undefined ? { score: Math.max(0, Math.min(100, Math.round(score))) } : {}),
    ...(keyphrase ? { keyphrase } : {}),
    ...(density !== undefined ? { keyphraseDensity: density } : {}),
    ...(fields.title ? { title: snippet(previewOf(fields.title)) } : {}),
    ...(fields.description ? { description: snippet(previewOf(fields.description)) } : {}),
    groups,
    ...(extras.site && extras.site.length > 0 ? { site: extras.site } : {}),
    counts,
  };
}

/** The same report with every location converted (offsets to editor ranges, in the adapter). */
export function mapReportLocations<A, B>(report: Report<A>, convert: (at: A) => B): Report<B> {
  const snip = (s: ReportSnippet<A> | undefined): ReportSnippet<B> | undefined => (s ? { ...s, at: convert(s.at) } : undefined);
  const title = snip(report.title);
  const description = snip(report.description);
  return {
    ...report,
    title,
    description,
    groups: report.groups.map((g) => ({
      ...g,
      checks: g.checks.map((c) => ({ ...c, findings: c.findings.map((f) => ({ ...f, at: convert(f.at) })) })),
    })),
  };
}
