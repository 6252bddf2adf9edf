// The server side of the writer's view: hover and inlay hints (results-page preview), the
// `plume/report` request and the `plume/stats` notification. Everything reuses the analysis the
// server already made for diagnostics.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { collectMetrics, computeScore, findRule, type Analysis, type Rule, type Settings } from '../core';
import { buildReport, mapReportLocations, type ReportExtras } from '../core/pipeline/report';
import { provideHover } from './hover';
import { provideInlayHints } from './inlayHints';
import { toRange } from './positions';
import { REPORT_REQUEST, STATS_NOTIFICATION, type ReportParams, type ReportResult, type StatsParams } from './protocol';

export type AnalysisProvider = (document: TextDocument) => Promise<{ analysis: Analysis; settings: Settings; site?: readonly string[] }>;

/** Merge point: the score (core/score.ts) and the keyphrase density (rules branch) go here. */
const DENSITY_RULE: readonly Rule[] = [findRule('keyphrase-density')].filter((r): r is Rule => r !== undefined);

/** The score and the keyphrase density for the status bar and the report, from the same analysis. */
export function reportExtras(analysis: Analysis, settings: Settings): ReportExtras {
  const { score } = computeScore(analysis.findings, settings);
  const density = collectMetrics(analysis.article, settings, settings.locale, undefined, DENSITY_RULE)['keyphrase-density']?.density;
  return { score, ...(typeof density === 'number' ? { keyphraseDensity: density } : {}) };
}

export function statsOf(document: TextDocument, analysis: Analysis, settings: Settings): StatsParams {
  const score = reportExtras(analysis, settings).score;
  return {
    uri: document.uri,
    version: document.version,
    locale: settings.locale,
    words: analysis.article.bodyWordCount,
    minWords: settings.minWords,
    ...(score !== undefined ? { score: Math.round(score) } : {}),
  };
}

export function sendStats(connection: Connection, document: TextDocument, analysis: Analysis, settings: Settings): void {
  void connection.sendNotification(STATS_NOTIFICATION, statsOf(document, analysis, settings)).catch(() => undefined);
}

export function registerWriterView(connection: Connection, documents: TextDocuments<TextDocument>, analysisFor: AnalysisProvider): void {
  const fail = (what: string, uri: string, error: unknown): void =>
    connection.console.error(`Plume: ${what} failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    try {
      const { analysis, settings } = await analysisFor(document);
      return provideHover(document, analysis, settings, document.offsetAt(params.position));
    } catch (error) {
      fail('hover', document.uri, error);
      return null;
    }
  });

  connection.languages.inlayHint.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    try {
      const { analysis, settings } = await analysisFor(document);
      return provideInlayHints(document, analysis, settings, params.range);
    } catch (error) {
      fail('inlay hints', document.uri, error);
      return [];
    }
  });

  connection.onRequest(REPORT_REQUEST, async (params: ReportParams): Promise<ReportResult | null> => {
    const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
    if (!document) return null;
    try {
      const { analysis, settings, site } = await analysisFor(document);
      const report = buildReport(analysis, settings, { ...reportExtras(analysis, settings), ...(site ? { site } : {}) });
      return { uri: document.uri, version: document.version, report: mapReportLocations(report, (span) => toRange(document, span)) };
    } catch (error) {
      fail('report', document.uri, error);
      return null;
    }
  });
}
