// `codeAction/resolve`: the edits of the actions listed without them (codeActions.ts, `lazy`), computed
// when the writer picks one, on the newest analysis. An action is found again by its id, title and
// kind, and its finding; after an edit to the document, by the finding's text. One that no longer
// applies, or whose generated text the gate refuses, comes back without edit: never a stale edit.
import type { CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { listActions, resolveAction, type ActionContext, type Analysis, type Finding, type Locale, type OfferedAction, type Settings } from '../core';
import { showChangeCommand, workspaceEditOf, type ResolveData } from './codeActions';

export function resolveDataOf(value: unknown): ResolveData | undefined {
  const data = value as Partial<ResolveData> | null | undefined;
  if (!data || data.plume !== 'resolve' || typeof data.uri !== 'string' || typeof data.id !== 'string' || typeof data.title !== 'string') return undefined;
  if (typeof data.version !== 'number' || typeof data.kind !== 'string') return undefined;
  return data as ResolveData;
}

const MESSAGES = {
  gone: { fr: 'Cette action ne s’applique plus : le texte a changé depuis. Rouvrez le menu des actions.', en: 'This action no longer applies: the text changed since. Open the actions menu again.' },
  nothing: { fr: 'Rien à modifier : Plume n’a rien trouvé à écrire ici.', en: 'Nothing to change: Plume found nothing to write here.' },
  refused: {
    fr: (rules: string) => `Plume ne propose pas ce texte : ses propres règles le signaleraient (${rules}).`,
    en: (rules: string) => `Plume does not offer this text: its own rules would flag it (${rules}).`,
  },
} as const;

function sameAction(action: OfferedAction, data: ResolveData): boolean {
  return action.id === data.id && action.title === data.title && action.kind === data.kind;
}

/**
 * The findings that may be the one the action was listed for, most likely first: on the same
 * version, the finding of that rule and span; after an edit, those of that rule whose text starts
 * the same and has the same length, nearest first, and for a document-wide action any of that rule.
 */
function candidates(findings: readonly Finding[], text: string, data: ResolveData, sameVersion: boolean): Finding[] {
  const wanted = data.finding!;
  const ofRule = findings.filter((f) => f.ruleId === wanted.ruleId);
  if (sameVersion) return ofRule.filter((f) => f.span.start === wanted.start && f.span.end === wanted.end);
  const near = (a: Finding, b: Finding) => Math.abs(a.span.start - wanted.start) - Math.abs(b.span.start - wanted.start);
  const same = ofRule
    .filter((f) => f.span.end - f.span.start === wanted.end - wanted.start && text.startsWith(wanted.head, f.span.start))
    .sort(near);
  if (data.scope === 'finding') return same;
  return [...same, ...ofRule.filter((f) => !same.includes(f)).sort(near)];
}

/** The listed action on the newest analysis, or undefined when it is no longer offered. */
function findAgain(context: ActionContext, data: ResolveData, sameVersion: boolean): OfferedAction | undefined {
  if (!data.finding) return listActions(context, { quickFixes: false, sourceActions: true }).find((a) => sameAction(a, data));
  for (const finding of candidates(context.findings, context.article.text, data, sameVersion)) {
    const found = listActions(context, { range: finding.span, ruleIds: [finding.ruleId], quickFixes: true, sourceActions: false }).find(
      (a) => sameAction(a, data) && a.finding === finding,
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * A server command that shows its argument to the writer (`window/showMessage`): what a resolved
 * action that changes nothing runs instead of an edit, in every client (VS Code's client forwards
 * the server's commands).
 */
export const NOTICE_COMMAND = 'plume.notice';

/** The action without edit, greyed out with the reason, and a command that tells the writer why. */
function withoutEdit(action: CodeAction, reason: string): CodeAction {
  const { edit: _stale, ...rest } = action;
  void _stale;
  return { ...rest, disabled: { reason }, command: { title: action.title, command: NOTICE_COMMAND, arguments: [reason] } };
}

/**
 * The code action with its edit (and the command that reveals it) computed on `analysis`, the
 * newest analysis of `document`; without edit, with the reason, when it no longer applies, when
 * there is nothing to do or when the gate refuses the generated text. Actions Plume did not defer
 * come back as they are.
 */
export function resolveCodeAction(document: TextDocument | undefined, analysis: Analysis | undefined, settings: Settings, fileName: string | undefined, action: CodeAction): CodeAction {
  const data = resolveDataOf(action.data);
  if (!data) return action;
  const locale: Locale = settings.locale;
  if (!document || !analysis) return withoutEdit(action, MESSAGES.gone[locale]);
  const context: ActionContext = { article: analysis.article, settings, locale, findings: analysis.findings, ...(fileName ? { fileName } : {}) };
  const offered = findAgain(context, data, document.version === data.version);
  if (!offered) return withoutEdit(action, MESSAGES.gone[locale]);
  const { action: resolved, refused } = resolveAction(context, offered);
  if (refused) return withoutEdit(action, MESSAGES.refused[locale](refused.join(', ')));
  if (!resolved || resolved.edits.length === 0) return withoutEdit(action, resolved?.disabledReason ?? MESSAGES.nothing[locale]);
  return { ...action, edit: workspaceEditOf(document, resolved.edits), command: showChangeCommand(document, resolved) };
}
