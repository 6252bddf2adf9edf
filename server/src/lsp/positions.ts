import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUrl, type EditorFinding, type Finding, type Severity, type Span } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

/** The LSP diagnostic for a finding; `data` keeps what a code action needs to rebuild its fix. */
export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: toRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: 'plume',
    message: finding.message,
    data: { ruleId: finding.ruleId, ...(finding.data ?? {}) },
  };
}

/**
 * The diagnostic of an editor finding: a group of identical findings of one block is one diagnostic
 * on the first, with the others as related locations (and their count in the message).
 */
export function toGroupedDiagnostic(document: TextDocument, group: EditorFinding, fr: boolean): Diagnostic {
  const diagnostic = toDiagnostic(document, group.finding);
  if (group.others.length === 0) return diagnostic;
  const n = group.others.length + 1;
  return {
    ...diagnostic,
    message: `${diagnostic.message} ${fr ? `(${n}\u00a0fois dans ce paragraphe)` : `(${n} times in this paragraph)`}`,
    relatedInformation: group.others.map((f) => ({ location: { uri: document.uri, range: toRange(document, f.span) }, message: f.message })),
    data: { ...(diagnostic.data as object), others: group.others.map((f) => f.span) },
  };
}
