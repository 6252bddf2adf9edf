import type { Article } from '../article/model';
import type { Finding } from '../base/finding';
import type { Locale } from '../base/i18n';
import type { Settings } from '../config/settings';
import type { TextEdit } from '../base/edit';

/**
 * `quickfix`: offered on a diagnostic; `quickfix.ignore`: silencing a diagnostic (offered last); `source`: offered anywhere and from the palette, under the
 * code-action kind `source.plume.<id>`; `source.fixAll`: part of `source.fixAll.plume`.
 */
export type ActionKind = 'quickfix' | 'quickfix.ignore' | 'source' | 'source.fixAll';

interface ActionHead {
  /** Stable id: the palette command and the source kind are derived from it. */
  readonly id: string;
  readonly title: string;
  readonly kind: ActionKind;
  readonly isPreferred?: boolean;
  /** For quick fixes: the finding it resolves. */
  readonly finding?: Finding;
  /** Why nothing can be proposed: the editor shows the action greyed out with this reason (no edits). */
  readonly disabledReason?: string;
}

/** An action with its edits. */
export interface Action extends ActionHead {
  readonly edits: readonly TextEdit[];
}

/** What a deferred action's edits turn out to be: none, with a reason, when nothing can be proposed after all. */
export interface DeferredEdits {
  readonly edits: readonly TextEdit[];
  readonly disabledReason?: string;
}

/**
 * An action listed without its edits, because they cost a pass over the whole document (« Corriger
 * toute la typographie », the outline, the description): the lightbulb lists it at every cursor move,
 * a client that resolves code actions asks for the edits only when the writer picks it.
 */
export interface DeferredAction extends ActionHead {
  readonly edits?: undefined;
  /**
   * `document`: the edits do not depend on the finding (every finding offering it offers the same
   * edits, so it is listed once); `finding`: they depend on the finding's place.
   */
  readonly scope: 'document' | 'finding';
  /** The edits; empty with no reason when, computed, there is nothing to do (the action is then not offered). */
  readonly computeEdits: () => DeferredEdits;
}

/** What a provider lists: an action with its edits or one whose edits are computed on demand. */
export type OfferedAction = Action | DeferredAction;

export function isDeferred(action: OfferedAction): action is DeferredAction {
  return action.edits === undefined;
}

/**
 * The deferred action with its edits computed (undefined when there is nothing to do); an action
 * with edits as it is.
 */
export function materialize(action: OfferedAction): Action | undefined {
  if (!isDeferred(action)) return action;
  const { edits, disabledReason } = action.computeEdits();
  if (edits.length === 0 && disabledReason === undefined) return undefined;
  return {
    id: action.id,
    title: action.title,
    kind: action.kind,
    edits,
    ...(action.isPreferred ? { isPreferred: true } : {}),
    ...(action.finding ? { finding: action.finding } : {}),
    ...(disabledReason !== undefined ? { disabledReason } : {}),
  };
}

/** Memoizes a computation (a deferred action's edits, computed at most once). */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

export interface ActionContext {
  readonly article: Article;
  readonly settings: Settings;
  readonly locale: Locale;
  readonly fileName?: string;
  /** Every finding of the current analysis (fix-all providers read them). */
  readonly findings: readonly Finding[];
}

/** A family of fixes; one file each under `actions/`, registered in `actions/index.ts`. */
export interface ActionProvider {
  readonly id: string;
  /** Quick fixes for one finding. */
  fixes?(context: ActionContext, finding: Finding): readonly OfferedAction[];
  /** Actions available anywhere in the document. */
  sourceActions?(context: ActionContext): readonly OfferedAction[];
}

/** A provider whose actions all come with their edits (cheap ones): callers may read them directly. */
export interface EagerActionProvider extends ActionProvider {
  fixes?(context: ActionContext, finding: Finding): readonly Action[];
  sourceActions?(context: ActionContext): readonly Action[];
}
