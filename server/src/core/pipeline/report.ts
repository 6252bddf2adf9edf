// The writer's report: what the status bar and the report panel show, built from one analysis.
// Each check is passed, to review, failed or not evaluated (pipeline/checks.ts); the score counts only
// the SEO checks that were evaluated.
import type { Analysis } from './analyze';
import { findTextField } from '../article/frontMatter';
import type { Span } from '../base/span';
import type { Locale } from '../base/i18n';
import { RULES } from '../rules';
import type { Rule, RuleCategory } from '../rules/rule';
import { previewOf, serpFields, type SerpFit, type SerpPreview } from '../seo/serpPreview';
import type { Settings } from '../config/settings';
import type { Severity } from '../base/finding';
import { evaluateChecks, notEvaluatedIds, type CheckFigure, type CheckState } from './checks';
import { CHECK_NAMES } from './checkNames';
import { computeScore } from './score';
import { DATE_PREFIX, slugField, suggestedSlug } from '../seo/slug';

export type { CheckState } from './checks';

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
  /** What the check verifies (« Méta-description présente »), in the report's language. */
  readonly name: string;
  readonly state: CheckState;
  /** Why it was not evaluated (« pas d’expression clé »). */
  readonly reason?: string;
  readonly figure?: CheckFigure;
  /** The first `REPORT_FINDINGS_PER_CHECK` findings of the check, in document order. */
  readonly findings: readonly ReportFinding<L>[];
  /** How many more the check has (a book's straight apostrophes: thousands); absent when none. */
  readonly moreFindings?: number;
}

/**
 * Findings listed per check: the panel is a summary (the editor and the fix-all have them all), and
 * a book's 4 000 typography findings made a 1 MB report redrawn after every keystroke.
 */
export const REPORT_FINDINGS_PER_CHECK = 50;

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
  /** 0–100, over the SEO checks that were evaluated (typography and not-evaluated checks left out). */
  readonly score?: number;
  readonly keyphrase?: string;
  /** Share of the body's words that belong to keyphrase occurrences, in %; undefined when not computed. */
  readonly keyphraseDensity?: number;
  /** The page's address as the results page shows it: the slug, else the file name, else the title's slug. */
  readonly url?: string;
  readonly title?: ReportSnippet<L>;
  readonly description?: ReportSnippet<L>;
  readonly groups: readonly ReportGroup<L>[];
  /** What Plume detected of the site's conventions (generator, heading levels, fields), one line each. */
  readonly site?: readonly string[];
  /** The SEO checks by state (typography counted apart, in `typographyFindings`). */
  readonly counts: Readonly<Record<CheckState, number>>;
  /** Typography findings: they never move the SEO score. */
  readonly typographyFindings: number;
}

export interface ReportExtras {
  readonly score?: number;
  /** Lines of `describeConventions`, from the adapter that looked the site up. */
  readonly site?: readonly string[];
  readonly keyphraseDensity?: number;
  /** The document's file name: the slug falls back on it. */
  readonly fileName?: string;
}

function snippet(p: SerpPreview): ReportSnippet {
  return { text: p.field.text, source: p.field.source, chars: p.chars, desktop: p.desktop, mobile: p.mobile, at: p.field.span };
}

function finite(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** The address's last segment: the `slug` field, else the file name without date and extension, else one made from the title. */
export function urlOf(analysis: Analysis, fileName?: string): string | undefined {
  const field = slugField(analysis.article);
  if (field && typeof field.value === 'string' && field.value.trim()) return field.value.trim();
  const base = fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(DATE_PREFIX, '');
  if (base && !/^(index|_index|readme)$/i.test(base)) return base;
  return suggestedSlug(analysis.article);
}

/** Builds the report from an analysis already made (never analyses again). Rules turned off are left out. */
export function buildReport(analysis: Analysis, settings: Settings, extras: ReportExtras = {}, rules: readonly Rule[] = RULES): Report {
  const counts: Record<CheckState, number> = { passed: 0, review: 0, failed: 0, 'not-evaluated': 0 };
  const results = evaluateChecks(analysis.article, analysis.findings, settings, { figures: true, rules, ...(extras.fileName ? { fileName: extras.fileName } : {}) });
  const byId = new Map(results.map((r) => [r.id, r]));
  let typographyFindings = 0;
  const groups: ReportGroup[] = REPORT_CATEGORIES.map((category) => {
    const checks: ReportCheck[] = [];
    for (const rule of rules) {
      const result = rule.meta.category === category ? byId.get(rule.meta.id) : undefined;
      if (!result) continue;
      const findings = result.findings.slice(0, REPORT_FINDINGS_PER_CHECK).map((f) => ({ message: f.message, severity: f.severity, at: f.span }));
      const more = result.findings.length - findings.length;
      if (category === 'typography') typographyFindings += result.findings.length;
      else counts[result.state]++;
      checks.push({
        ruleId: rule.meta.id,
        name: (CHECK_NAMES[rule.meta.id] ?? rule.meta.name)[settings.locale],
        state: result.state,
        ...(result.reason ? { reason: result.reason } : {}),
        ...(result.figure ? { figure: result.figure } : {}),
        findings,
        ...(more > 0 ? { moreFindings: more } : {}),
      });
    }
    return { category, checks };
  });
  const fields = serpFields(analysis.article, settings);
  const keyphrase = findTextField(analysis.article.frontMatter, settings.frontMatter.keyphraseFields)?.text.trim();
  const score = finite(extras.score) ?? computeScore(analysis.findings, settings, rules, notEvaluatedIds(results)).score;
  const density = finite(extras.keyphraseDensity) ?? results.find((r) => r.id === 'keyphrase-density' && r.figure)?.figure?.value;
  const url = urlOf(analysis, extras.fileName);
  return {
    locale: settings.locale,
    wordCount: analysis.article.bodyWordCount,
    minWords: settings.minWords,
    score: Math.max(0, Math.min(100, Math.round(score))),
    ...(keyphrase ? { keyphrase } : {}),
    ...(density !== undefined ? { keyphraseDensity: density } : {}),
    ...(url ? { url } : {}),
    ...(fields.title ? { title: snippet(previewOf(fields.title)) } : {}),
    ...(fields.description ? { description: snippet(previewOf(fields.description)) } : {}),
    groups,
    ...(extras.site && extras.site.length > 0 ? { site: extras.site } : {}),
    counts,
    typographyFindings,
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
