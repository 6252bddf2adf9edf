import type { Article } from '../article/model';
import type { Finding } from '../base/finding';
import type { Locale } from '../base/i18n';
import type { Settings } from '../config/settings';
import type { TextEdit } from '../base/edit';

/**
 * `quickfix`: offered on a diagnostic; `source`: offered anywhere and from the palette, under the
 * code-action kind `source.plume.<id>`; `source.fixAll`: part of `source.fixAll.plume`.
 */
export type ActionKind = 'quickfix' | 'source' | 'source.fixAll';

export interface Action {
  /** Stable id: the palette command and the source kind are derived from it. */
  readonly id: string;
  readonly title: string;
  readonly kind: ActionKind;
  readonly edits: readonly TextEdit[];
  readonly isPreferred?: boolean;
  /** For quick fixes: the finding it resolves. */
  readonly finding?: Finding;
  /** Why nothing can be proposed: the editor shows the action greyed out with this reason (no edits). */
  readonly disabledReason?: string;
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
  fixes?(context: ActionContext, finding: Finding): readonly Action[];
  /** Actions available anywhere in the document. */
  sourceActions?(context: ActionContext): readonly Action[];
}
