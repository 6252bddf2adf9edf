import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isDeferred, offeredActions, shiftSpan, unshiftOffset, verifiedActions, type Action, type Analysis, type OfferedAction, type Settings, type TextChange, type TextEdit } from '../core';
import { toDiagnostic, toRange } from './positions';

/** The code-action kind of a source action: `source.plume.<id>`; the palette asks for exactly this kind. */
export function sourceKind(actionId: string): string {
  return `${CodeActionKind.Source}.plume.${actionId}`;
}
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.plume`;
/** « Ignorer… »: a quick fix of its own kind, so that clients can group or filter them apart from fixes. */
export const IGNORE_KIND = `${CodeActionKind.QuickFix}.plume.ignore`;

export function kindOf(action: OfferedAction): string {
  if (action.kind === 'quickfix') return CodeActionKind.QuickFix;
  if (action.kind === 'quickfix.ignore') return IGNORE_KIND;
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

/** The client command run after an action's edit: it reveals the change when off-screen and says what changed. */
export const SHOW_CHANGE_COMMAND = 'plume.showChange';

/**
 * The change's place once applied (the first edit's start, down to the end of its new text) and what
 * to say about it: « Écrire le slug » edits the front matter, far from the cursor.
 */
export function showChangeCommand(document: TextDocument, action: Action): { title: string; command: string; arguments: unknown[] } {
  const first = [...action.edits].sort((a, b) => a.start - b.start)[0];
  const start = document.positionAt(first.start);
  const lines = first.newText.split('\n');
  const end = lines.length === 1 ? { line: start.line, character: start.character + lines[0].length } : { line: start.line + lines.length - 1, character: lines[lines.length - 1].length };
  return { title: action.title, command: SHOW_CHANGE_COMMAND, arguments: [document.uri, { start, end }, action.title] };
}

/** The workspace edit of an action's edits on this version of the document. */
export function workspaceEditOf(document: TextDocument, edits: readonly TextEdit[]): NonNullable<CodeAction['edit']> {
  return {
    documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: edits.map((e) => ({ range: toRange(document, e), newText: e.newText })) }],
  };
}

/**
 * What a deferred action carries to `codeAction/resolve`: enough to find it again on the newest
 * analysis (the finding by rule id and span, and the start of its text to find it after an edit).
 */
export interface ResolveData {
  readonly plume: 'resolve';
  readonly uri: string;
  readonly version: number;
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  /** `document`: the same edits from any finding of the rule (« Corriger toute la typographie »). */
  readonly scope: 'document' | 'finding';
  readonly finding?: { readonly ruleId: string; readonly start: number; readonly end: number; readonly head: string };
}

/** How much of a finding's text identifies it again after the document changed. */
const HEAD_LENGTH = 64;

/**
 * Turns the core's actions into LSP code actions for the requested range and kinds. With `changes`,
 * `analysis` is of an older version (the newest is being analysed): the actions are computed there,
 * and those whose finding or edits touch a change are dropped, the others shifted. With `lazy` (the
 * client resolves `edit`), the costly actions come without edit nor command, and `data` to resolve them.
 */
export function provideCodeActions(
  document: TextDocument,
  analysis: Analysis,
  settings: Settings,
  params: CodeActionParams,
  fileName: string | undefined,
  changes?: readonly TextChange[],
  lazy = false,
): CodeAction[] {
  const only = params.context.only;
  const asked = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
  const range = changes ? { start: unshiftOffset(asked.start, changes), end: unshiftOffset(asked.end, changes) } : asked;
  const ruleIds = params.context.diagnostics.filter((d) => d.source === 'plume').map((d) => String(d.code));
  const context = { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings, ...(fileName ? { fileName } : {}) };
  const query = { range, ruleIds, quickFixes: wanted(only, CodeActionKind.QuickFix) && ruleIds.length > 0, sourceActions: sourceActionsWanted(params) };
  // Generated text is checked again by the rules it must satisfy before it is offered (deferred
  // actions: when resolved).
  const actions: OfferedAction[] = lazy ? offeredActions(context, query) : verifiedActions(context, query);
  const result: CodeAction[] = [];
  for (const action of actions) {
    const kind = kindOf(action);
    if (!wanted(only, kind)) continue;
    if (!isDeferred(action) && action.edits.length === 0 && action.disabledReason === undefined) continue;
    const shifted = changes ? shiftAction(action, changes) : action;
    if (!shifted) continue;
    const { finding } = shifted;
    const diagnostic: Diagnostic | undefined = finding
      ? (params.context.diagnostics.find((d) => d.code === finding.ruleId && document.offsetAt(d.range.start) === finding.span.start) ??
        toDiagnostic(document, finding))
      : undefined;
    const head: CodeAction = {
      title: action.title,
      kind,
      ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
      ...(action.isPreferred ? { isPreferred: true } : {}),
      ...(action.disabledReason !== undefined ? { disabled: { reason: action.disabledReason } } : {}),
    };
    if (isDeferred(action)) {
      const text = document.getText();
      const data: ResolveData = {
        plume: 'resolve',
        uri: document.uri,
        version: document.version,
        id: action.id,
        title: action.title,
        kind: action.kind,
        scope: action.scope,
        ...(finding ? { finding: { ruleId: finding.ruleId, start: finding.span.start, end: finding.span.end, head: text.slice(finding.span.start, Math.min(finding.span.end, finding.span.start + HEAD_LENGTH)) } } : {}),
      };
      result.push({ ...head, data });
      continue;
    }
    const edits = shifted.edits ?? [];
    result.push({ ...head, command: showChangeCommand(document, { ...action, edits }), edit: workspaceEditOf(document, edits) });
  }
  return result;
}

/** The action's finding and edits after the changes, or undefined when one of them touches a change. */
function shiftAction(action: OfferedAction, changes: readonly TextChange[]): Pick<Action, 'finding'> & { edits?: readonly TextEdit[] } | undefined {
  const edits: TextEdit[] = [];
  for (const e of action.edits ?? []) {
    const span = shiftSpan(e, changes);
    if (!span) return undefined;
    edits.push({ start: span.start, end: span.end, newText: e.newText });
  }
  if (!action.finding) return { edits };
  const span = shiftSpan(action.finding.span, changes);
  return span ? { finding: { ...action.finding, span }, edits } : undefined;
}
