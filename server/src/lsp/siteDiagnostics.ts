// LSP side of the site-wide checks: diagnostics with related information pointing to the other
// articles, and the quick fix that turns a mention into a link.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { linkSuggestionEdits, type SiteFinding } from '../core';
import { toDiagnostic } from './positions';

export function toSiteDiagnostic(document: TextDocument, finding: SiteFinding, root: string): Diagnostic {
  const { related, ...plain } = finding;
  const diagnostic = toDiagnostic(document, plain);
  if (related.length === 0) return diagnostic;
  return {
    ...diagnostic,
    // Keep the mention's text so that a quick fix on a stale diagnostic never wraps other words.
    data: { ...(diagnostic.data as object), mention: document.getText(diagnostic.range) },
    relatedInformation: related.map((r) => ({
      location: { uri: pathToFileURL(join(root, ...r.location.path.split('/'))).href, range: { start: r.location.start, end: r.location.end } },
      message: r.message,
    })),
  };
}

const only = (params: CodeActionParams) => params.context.only;

/** « Add a link to … » for each internal-link suggestion in the request. */
export function linkQuickFixes(document: TextDocument, params: CodeActionParams, locale: 'fr' | 'en'): CodeAction[] {
  const kinds = only(params);
  if (kinds && !kinds.some((k) => CodeActionKind.QuickFix === k || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === CodeActionKind.Empty)) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'plume' || diagnostic.code !== 'internal-link-suggestion') continue;
    const data = diagnostic.data as { href?: unknown; target?: unknown; mention?: unknown; suggestions?: unknown } | undefined;
    if (typeof data?.mention === 'string' && document.getText(diagnostic.range) !== data.mention) continue;
    const span = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
    if (span.end <= span.start) continue;
    const suggestions = Array.isArray(data?.suggestions) ? (data.suggestions as { target?: unknown; href?: unknown }[]) : [data ?? {}];
    suggestions.forEach((suggestion, i) => {
      if (typeof suggestion.href !== 'string') return;
      const target = typeof suggestion.target === 'string' ? suggestion.target : suggestion.href;
      actions.push({
        title: locale === 'fr' ? `Ajouter un lien vers ${target}` : `Add a link to ${target}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(i === 0 ? { isPreferred: true } : {}),
        edit: {
          documentChanges: [
            {
              textDocument: { uri: document.uri, version: document.version },
              edits: linkSuggestionEdits(span, suggestion.href).map((e) => ({
                range: { start: document.positionAt(e.start), end: document.positionAt(e.end) },
                newText: e.newText,
              })),
            },
          ],
        },
      });
    });
  }
  return actions;
}
