import type { Finding } from '../base/finding';
import type { Span } from '../base/span';
import { editsKey } from '../base/edit';
import { isDeferred, materialize, type Action, type ActionContext, type ActionProvider, type OfferedAction } from './action';
import { generateDescriptionProvider } from './description/provider';
import { insertSubheadingsProvider } from './subheadings/provider';
import { typographyActions } from './typography';
import { keepFrenchTitleActions } from './keepFrenchTitle';
import { slugActions } from './slugActions';
import { shortenTitleActions } from './shortenTitle';
import { silenceActions, silenceGroupActions } from './silence';
import { cleanupActions } from './cleanup';
import { spellingActions } from './spelling';
import { makeTitleActions } from './makeTitle';
import { removeParagraphActions } from './removeParagraph';
import { quoteFrontMatterActions } from './quoteFrontMatter';

/** Every action provider, in the order their actions are offered (silencing last). */
export const ACTION_PROVIDERS: ActionProvider[] = [
  quoteFrontMatterActions,
  insertSubheadingsProvider,
  generateDescriptionProvider,
  cleanupActions,
  spellingActions,
  typographyActions,
  keepFrenchTitleActions,
  shortenTitleActions,
  makeTitleActions,
  removeParagraphActions,
  slugActions,
  silenceActions,
];

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export interface ActionQuery {
  /** Only quick fixes for findings that touch this range. */
  readonly range?: Span;
  /** Only these rule ids (the diagnostics the editor sent). */
  readonly ruleIds?: readonly string[];
  readonly quickFixes?: boolean;
  readonly sourceActions?: boolean;
}

/** What tells an action apart from the same fix offered by another finding (offered once). */
function dedupeKey(action: OfferedAction): string {
  const head = `${action.id}\u0000${action.title}\u0000`;
  if (!isDeferred(action)) return head + editsKey(action.edits);
  return head + (action.scope === 'document' ? 'document' : `${action.finding?.span.start ?? -1}:${action.finding?.span.end ?? -1}`);
}

/**
 * The actions for a document, in the order the lightbulb shows them: the fixes of the findings in
 * range (the preferred one of each first), then source actions, then one « Ignorer… » pair per line.
 * The costly ones are deferred (their edits computed on demand: `materialize`).
 */
export function listActions(context: ActionContext, query: ActionQuery = {}, providers: readonly ActionProvider[] = ACTION_PROVIDERS): OfferedAction[] {
  const actions: OfferedAction[] = [];
  let findings: Finding[] = [];
  if (query.quickFixes !== false) {
    findings = context.findings.filter(
      (f) => (!query.range || overlaps(f.span, query.range)) && (!query.ruleIds || query.ruleIds.includes(f.ruleId)),
    );
    // A document-wide fix (« Corriger toute la typographie ») comes with every finding it covers:
    // offer it once.
    const seen = new Set<string>();
    for (const finding of findings) {
      const own: OfferedAction[] = [];
      for (const p of providers) {
        if (!p.fixes || p.id === silenceActions.id) continue;
        for (const action of p.fixes(context, finding)) {
          const key = dedupeKey(action);
          if (seen.has(key)) continue;
          seen.add(key);
          own.push(action);
        }
      }
      // The best fix of each finding leads: the provider's preferred one, else the only one.
      const preferred = own.findIndex((a) => a.isPreferred);
      if (preferred > 0) own.unshift(...own.splice(preferred, 1));
      else if (preferred < 0 && own.length === 1 && own[0].kind === 'quickfix') own[0] = { ...own[0], isPreferred: true };
      actions.push(...own);
    }
  }
  if (query.sourceActions !== false) {
    for (const p of providers) if (p.sourceActions) actions.push(...p.sourceActions(context));
  }
  if (findings.length > 0 && providers.some((p) => p.id === silenceActions.id)) actions.push(...silenceGroupActions(context, findings));
  return actions;
}

/** `listActions` with every edit computed (`plume fix`, fix-all, the editors that want edits at once). */
export function computeActions(context: ActionContext, query: ActionQuery = {}, providers: readonly ActionProvider[] = ACTION_PROVIDERS): Action[] {
  return listActions(context, query, providers)
    .map(materialize)
    .filter((a): a is Action => a !== undefined);
}

export type { Action, ActionContext, ActionProvider, DeferredAction, OfferedAction } from './action';
export { isDeferred, materialize } from './action';
