// Reusable parts of a syntax tree carried across several edits in turn. `TreeFragment.applyChanges`
// (@lezer/common 1.5) rebuilds every fragment it shifts with `openStart`/`openEnd` taken from the
// changes of that call alone: a fragment end that an earlier call had marked open (a change, or the
// cut of a document over `maxDocumentSize`, lay there) comes out closed when a later change only
// shifts it. The Markdown parser then trusts the last block before that end to be finished and
// reuses it, though the text after it may continue it (a quote whose next line was beyond the cut).
import { TreeFragment, type ChangedRange } from '@lezer/common';

/** Lezer's own cut-off: pieces between changes shorter than this are not worth reusing. */
const MIN_GAP = 128;

/**
 * `TreeFragment.applyChanges` for one list of changes, except that a fragment side already open stays
 * open: the same cuts and shifts, the flags only ever added to.
 */
export function applyFragmentChanges(fragments: readonly TreeFragment[], changes: readonly ChangedRange[]): readonly TreeFragment[] {
  if (changes.length === 0) return fragments;
  const result: TreeFragment[] = [];
  let fI = 1;
  let nextF: TreeFragment | null = fragments.length > 0 ? fragments[0] : null;
  for (let cI = 0, pos = 0, off = 0; ; cI++) {
    const nextC = cI < changes.length ? changes[cI] : null;
    const nextPos = nextC ? nextC.fromA : 1e9;
    if (nextPos - pos >= MIN_GAP) {
      while (nextF && nextF.from < nextPos) {
        let cut: TreeFragment | null = nextF;
        if (pos >= cut.from || nextPos <= cut.to || off) {
          const from = Math.max(cut.from, pos) - off;
          const to = Math.min(cut.to, nextPos) - off;
          cut = from >= to ? null : new TreeFragment(from, to, cut.tree, cut.offset + off, cI > 0 || cut.openStart, nextC !== null || cut.openEnd);
        }
        if (cut) result.push(cut);
        if (nextF.to > nextPos) break;
        nextF = fI < fragments.length ? fragments[fI++] : null;
      }
    }
    if (!nextC) break;
    pos = nextC.toA;
    off = nextC.toA - nextC.toB;
  }
  return result;
}
