import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { computeActions, type Action, type Analysis, type Settings } from '../core';
import { toDiagnostic, toRange } from './positions';

/** The code-action kind of a source action: `source.plume.<id>`; the palette asks for exactly this kind. */
export function sourceKind(actionId: string): string {
  return `${CodeActionKind.Source}.plume.${actionId}`;
}
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.plume`;

function kindOf(action: Action): string {
  if (action.kind === 'quickfix') return CodeActionKind.QuickFix;
  if (action.kind === 'source.fixAll') return FIX_ALL_KIND;
  return sourceKind(action.id);
}

/**
 * Whether source actions are worth computing. VS Code asks for code actions at every cursor move
 * (`Automatic`, no `only`) and drops source actions from those answers unless `only` names a source
 * kind; on a long article, writing the outline and the description costs hundreds of milliseconds
 * each time. An explicit request (`Invoked`: Neovim's, Helix's or Zed's code-action menu) or one that
 * names a source kind gets them.
 */
export function sourceActionsWanted(params: CodeActionParams): boolean {
  const only = params.context.only;
  if (only) return only.some((o) => o === CodeActionKind.Empty || o === CodeActionKind.Source || o.startsWith(`${CodeActionKind.Source}.`));
  return params.context.triggerKind !== CodeActionTriggerKind.Automatic;
}

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Turns the core's actions into LSP code actions for the requested range and kinds. */
export function provideCodeActions(
  document: TextDocument,
  analysis: Analysis,
  settings: Settings,
  params: CodeActionParams,
  fileName: string | undefined,
): CodeAction[] {
  const only = params.context.only;
  const range = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
  const ruleIds = params.context.diagnostics.filter((d) => d.source === 'plume').map((d) => String(d.code));
  const actions = computeActions(
    { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings, ...(fileName ? { fileName } : {}) },
    {
      range,
      ruleIds,
      quickFixes: wanted(only, CodeActionKind.QuickFix) && ruleIds.length > 0,
      sourceActions: sourceActionsWanted(params),
    },
  );
  const result: CodeAction[] = [];
  for (const action of actions) {
    const kind = kindOf(action);
    if (!wanted(only, kind)) continue;
    if (action.edits.length === 0 && action.disabledReason === undefined) continue;
    const finding = action.finding;
    const diagnostic: Diagnostic | undefined = finding
      ? (params.context.diagnostics.find((d) => d.code === finding.ruleId && document.offsetAt(d.range.start) === finding.span.start) ??
        toDiagnostic(document, finding))
      : undefined;
    result.push({
      title: action.title,
      kind,
      ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
      ...(action.isPreferred ? { isPreferred: true } : {}),
      ...(action.disabledReason !== undefined ? { disabled: { reason: action.disabledReason } } : {}),
      edit: {
        documentChanges: [
          {
            textDocument: { uri: document.uri, version: document.version },
            edits: action.edits.map((e) => ({ range: toRange(document, e), newText: e.newText })),
          },
        ],
      },
    });
  }
  return result;
}
