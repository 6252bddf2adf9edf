// LSP side of the site-wide checks: diagnostics with related information pointing to the other
// articles, and the quick fix that turns a mention into a link.
import { join } from 'node:path';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { linkSuggestionEdits, type SiteFinding } from '../core';
import type { UriPaths } from '../platform/uriPaths';
import { toDiagnostic } from './positions';

export function toSiteDiagnostic(document: TextDocument, finding: SiteFinding, root: string, paths: UriPaths): Diagnostic {
  const { related, ...plain } = finding;
  const diagnostic = toDiagnostic(document, plain);
  if (related.length === 0) return diagnostic;
  return {
    ...diagnostic,
    // Keep the mention's text so that a quick fix on a stale diagnostic never wraps other words.
    data: { ...(isRecord(diagnostic.data) ? diagnostic.data : {}), mention: document.getText(diagnostic.range) },
    relatedInformation: related.map((r) => ({
      location: { uri: paths.uriOf(join(root, ...r.location.path.split('/'))), range: { start: r.location.start, end: r.location.end } },
      message: r.message,
    })),
  };
}

const only = (params: CodeActionParams) => params.context.only;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface LinkSuggestion {
  readonly href: string;
  readonly target: string;
}

/** The link suggestions of a diagnostic the client sends back (untrusted JSON): checked, never cast. */
function suggestionsOf(data: Record<string, unknown>): LinkSuggestion[] {
  const raw: unknown[] = Array.isArray(data.suggestions) ? data.suggestions : [data];
  return raw.flatMap((s) => (isRecord(s) && typeof s.href === 'string' ? [{ href: s.href, target: typeof s.target === 'string' ? s.target : s.href }] : []));
}

/** « Add a link to … » for each internal-link suggestion in the request. */
export function linkQuickFixes(document: TextDocument, params: CodeActionParams, locale: 'fr' | 'en'): CodeAction[] {
  const kinds = only(params);
  if (kinds && !kinds.some((k) => CodeActionKind.QuickFix === k || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === CodeActionKind.Empty)) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'plume' || diagnostic.code !== 'internal-link-suggestion') continue;
    const data = isRecord(diagnostic.data) ? diagnostic.data : {};
    if (typeof data.mention === 'string' && document.getText(diagnostic.range) !== data.mention) continue;
    const span = { start: document.offsetAt(diagnostic.range.start), end: document.offsetAt(diagnostic.range.end) };
    if (span.end <= span.start) continue;
    suggestionsOf(data).forEach(({ href, target }, i) => {
      actions.push({
        title: locale === 'fr' ? `Ajouter un lien vers ${target}` : `Add a link to ${target}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(i === 0 ? { isPreferred: true } : {}),
        edit: {
          documentChanges: [
            {
              textDocument: { uri: document.uri, version: document.version },
              edits: linkSuggestionEdits(span, href).map((e) => ({
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
