// What the clean-up rules (debris, pseudo-bullets, calques…) attach to a finding so that the actions
// can offer the fix without knowing the rule: the edits, the fix's title, and whether fix-all
// (`source.fixAll.plume`, `plume fix`) applies it.
import type { TextEdit } from '../base/edit';
import type { Localized } from '../base/i18n';

export interface CleanupData {
  readonly [key: string]: unknown;
  readonly cleanup: { readonly edits: readonly TextEdit[]; readonly title: Localized; readonly fixAll: boolean };
}

export function cleanupData(edits: readonly TextEdit[], title: Localized, fixAll: boolean, extra: Record<string, unknown> = {}): CleanupData {
  return { ...extra, cleanup: { edits, title, fixAll } };
}

export const REMOVE_LINE: Localized = { fr: 'Supprimer cette ligne', en: 'Remove this line' };
