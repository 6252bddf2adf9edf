import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUrl, type Finding, type Severity, type Span } from '../core';

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
