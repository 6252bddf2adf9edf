// Fixes of the clean-up rules (debris, pseudo-bullets, calques, formats, spelling): each finding
// carries its edits and the fix's title (`data.cleanup`); fix-all takes those marked for it.
import type { Finding } from '../base/finding';
import type { Localized } from '../base/i18n';
import type { TextEdit } from '../base/edit';
import type { Action, ActionContext, EagerActionProvider } from './action';

interface Cleanup {
  readonly edits: readonly TextEdit[];
  readonly title: Localized;
  readonly fixAll: boolean;
}

export function cleanupOf(finding: Finding): Cleanup | undefined {
  const c = finding.data?.cleanup as Cleanup | undefined;
  return c && Array.isArray(c.edits) && c.edits.length > 0 ? c : undefined;
}

/**
 * The edits fix-all applies for the clean-up findings: each finding whole or not at all, in
 * document order, a finding that overlaps one already taken left for the next pass.
 */
export function cleanupEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: { start: number; end: number; edits: readonly TextEdit[] }[] = [];
  const candidates = findings
    .map((f) => cleanupOf(f))
    .filter((c): c is Cleanup => c !== undefined && c.fixAll)
    .map((c) => ({ start: Math.min(...c.edits.map((e) => e.start)), end: Math.max(...c.edits.map((e) => e.end)), edits: c.edits }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const c of candidates) {
    if (chosen.some((o) => c.start < o.end && o.start < c.end) || chosen.some((o) => c.start === o.start && c.start === c.end)) continue;
    chosen.push(c);
  }
  return chosen.flatMap((c) => c.edits).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Adds `edits` (already disjoint among themselves, as typography's are) to `base` where they touch
 * none of it (clean-up first: it removes whole lines).
 */
export function mergeDisjoint(base: readonly TextEdit[], edits: readonly TextEdit[]): TextEdit[] {
  const touches = (e: TextEdit, o: TextEdit): boolean => (e.start < o.end && o.start < e.end) || e.start === o.start || (e.start === e.end && e.start > o.start && e.start < o.end);
  const out = [...base];
  for (const e of edits) if (!base.some((o) => touches(e, o))) out.push(e);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export const cleanupActions: EagerActionProvider = {
  id: 'cleanup',
  fixes(ctx: ActionContext, finding: Finding): readonly Action[] {
    const c = cleanupOf(finding);
    if (!c) return [];
    const actions: Action[] = [{ id: `fix-${finding.ruleId}`, title: c.title[ctx.locale], kind: 'quickfix', edits: c.edits, isPreferred: true, finding }];
    // Alternatives (spelling suggestions, calques with several renderings) come as `data.alternatives`.
    const alternatives = finding.data?.alternatives as readonly { title: Localized; edits: TextEdit[] }[] | undefined;
    for (const alt of alternatives ?? []) actions.push({ id: `fix-${finding.ruleId}`, title: alt.title[ctx.locale], kind: 'quickfix', edits: alt.edits, finding });
    return actions;
  },
};
