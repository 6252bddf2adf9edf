// The server side of the writer's view: hover and inlay hints (results-page preview), the
// `plume/report` request and the `plume/stats` notification. Everything reuses the analysis the
// server already made for diagnostics.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { articleWideFindings, carrySpan, collectMetrics, computeScore, evaluateChecks, findRule, notEvaluatedIds, type Analysis, type Rule, type Settings, type Span, type TextChange } from '../core';
import { buildReport, mapReportLocations, type ReportExtras } from '../core/pipeline/report';
import type { SerpField } from '../core/seo/serpPreview';
import { previewFields, provideHover, shiftedFields } from './hover';
import { provideInlayHints } from './inlayHints';
import { toRange } from './positions';
import { fileNameOf } from './uris';
import { REPORT_REQUEST, STATS_NOTIFICATION, type ReportParams, type ReportResult, type StatsParams } from './protocol';

export type AnalysisProvider = (document: TextDocument) => Promise<{ analysis: Analysis; settings: Settings; site?: readonly string[] }>;
/** The latest finished analysis of an older version and the changes since, while the newest is analysed. */
export type StaleAnalysisProvider = (
  document: TextDocument,
) => Promise<{ analysis: Analysis; settings: Settings; changes: readonly TextChange[]; site?: readonly string[] } | undefined>;

/** Merge point: the score (core/score.ts) and the keyphrase density (rules branch) go here. */
const DENSITY_RULE: readonly Rule[] = [findRule('keyphrase-density')].filter((r): r is Rule => r !== undefined);

/** The score and the keyphrase density for the status bar and the report, from the same analysis. */
export function reportExtras(analysis: Analysis, settings: Settings, fileName?: string): ReportExtras {
  // The checks that could not run (no keyphrase…) count neither way, as in the report.
  const notEvaluated = notEvaluatedIds(evaluateChecks(analysis.article, analysis.findings, settings, fileName ? { fileName } : {}));
  const { score } = computeScore(analysis.findings, settings, undefined, notEvaluated);
  const density = collectMetrics(analysis.article, settings, settings.locale, undefined, DENSITY_RULE)['keyphrase-density']?.density;
  return { score, ...(typeof density === 'number' ? { keyphraseDensity: density } : {}), ...(fileName ? { fileName } : {}) };
}

export function statsOf(document: TextDocument, analysis: Analysis, settings: Settings): StatsParams {
  const score = reportExtras(analysis, settings, fileNameOf(document.uri)).score;
  const articleFindings = articleWideFindings(analysis.article, analysis.findings).map((f) => ({ ruleId: f.ruleId, message: f.message }));
  return {
    uri: document.uri,
    version: document.version,
    locale: settings.locale,
    words: analysis.article.bodyWordCount,
    minWords: settings.minWords,
    ...(score !== undefined ? { score: Math.round(score) } : {}),
    articleFindings,
  };
}

export function sendStats(connection: Connection, document: TextDocument, analysis: Analysis, settings: Settings): void {
  void connection.sendNotification(STATS_NOTIFICATION, statsOf(document, analysis, settings)).catch(() => undefined);
}

export function registerWriterView(connection: Connection, documents: TextDocuments<TextDocument>, analysisFor: AnalysisProvider, staleFor: StaleAnalysisProvider): void {
  /** The preview fields, from the previous analysis shifted when that is possible (no wait), else the newest. */
  const fieldsFor = async (document: TextDocument): Promise<{ fields: readonly SerpField[]; settings: Settings }> => {
    const stale = await staleFor(document);
    const shifted = stale && shiftedFields(previewFields(stale.analysis, stale.settings), stale.changes);
    if (stale && shifted) return { fields: shifted, settings: stale.settings };
    const { analysis, settings } = await analysisFor(document);
    return { fields: previewFields(analysis, settings), settings };
  };

  const fail = (what: string, uri: string, error: unknown): void =>
    connection.console.error(`Plume: ${what} failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    try {
      const { fields, settings } = await fieldsFor(document);
      return provideHover(document, fields, settings, document.offsetAt(params.position));
    } catch (error) {
      fail('hover', document.uri, error);
      return null;
    }
  });

  connection.languages.inlayHint.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    try {
      const { fields, settings } = await fieldsFor(document);
      return provideInlayHints(document, fields, settings, params.range);
    } catch (error) {
      fail('inlay hints', document.uri, error);
      return [];
    }
  });

  connection.onRequest(REPORT_REQUEST, async (params: ReportParams): Promise<ReportResult | null> => {
    const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
    if (!document) return null;
    try {
      // While the newest version is analysed, the report of the previous analysis, its locations
      // carried to this version, at once: the client asks again when the newest analysis is published.
      const stale = await staleFor(document);
      const { analysis, settings, site } = stale ?? (await analysisFor(document));
      const report = buildReport(analysis, settings, { ...reportExtras(analysis, settings, fileNameOf(document.uri)), ...(site ? { site } : {}) });
      const locate = stale ? (span: Span) => toRange(document, carrySpan(span, stale.changes)) : (span: Span) => toRange(document, span);
      return { uri: document.uri, version: document.version, report: mapReportLocations(report, locate) };
    } catch (error) {
      fail('report', document.uri, error);
      return null;
    }
  });
}
