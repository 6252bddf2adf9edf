import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { computeActions, shiftSpan, unshiftOffset, type Action, type Analysis, type Settings, type TextChange, type TextEdit } from '../core';
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

/** Whether only quick fixes are asked for: those can be answered from the previous analysis, shifted. */
export function quickFixesOnly(params: CodeActionParams): boolean {
  return !sourceActionsWanted(params);
}

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * Turns the core's actions into LSP code actions for the requested range and kinds. With `changes`,
 * `analysis` is of an older version (the newest is being analysed): the actions are computed there,
 * and those whose finding or edits touch a change are dropped, the others shifted.
 */
export function provideCodeActions(
  document: TextDocument,
  analysis: Analysis,
  settings: Settings,
  params: CodeActionParams,
  fileName: string | undefined,
  changes?: readonly TextChange[],
): CodeAction[] {
  const only = params.context.only;
  const asked = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
  const range = changes ? { start: unshiftOffset(asked.start, changes), end: unshiftOffset(asked.end, changes) } : asked;
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
    const shifted = changes ? shiftAction(action, changes) : action;
    if (!shifted) continue;
    const { finding, edits } = shifted;
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
            edits: edits.map((e) => ({ range: toRange(document, e), newText: e.newText })),
          },
        ],
      },
    });
  }
  return result;
}

/** The action's finding and edits after the changes, or undefined when one of them touches a change. */
function shiftAction(action: Action, changes: readonly TextChange[]): Pick<Action, 'finding' | 'edits'> | undefined {
  const edits: TextEdit[] = [];
  for (const e of action.edits) {
    const span = shiftSpan(e, changes);
    if (!span) return undefined;
    edits.push({ start: span.start, end: span.end, newText: e.newText });
  }
  if (!action.finding) return { edits };
  const span = shiftSpan(action.finding.span, changes);
  return span ? { finding: { ...action.finding, span }, edits } : undefined;
}
