// Offsets of one version carried to a later one through the changes between them. A request that
// arrives while the newest version is being analysed is answered from the previous analysis: what
// lies outside every change is shifted, what touches a change is dropped (never a stale edit).
import type { TextChange } from '../article/parse';
import type { Span } from '../base/span';

/** `span` after the changes, or undefined when a change replaces or inserts inside it. */
export function shiftSpan(span: Span, changes: readonly TextChange[]): Span | undefined {
  let { start, end } = span;
  for (const c of changes) {
    const delta = c.insertLength - (c.to - c.from);
    if (end < c.from || (end === c.from && start < end)) continue;
    if (start > c.to || (start === c.to && (start < end || c.to > c.from))) {
      start += delta;
      end += delta;
      continue;
    }
    return undefined;
  }
  return { start, end };
}

/**
 * Where `offset` of the later version was before the changes: inside an insertion, at its start; at
 * the place of a deletion, after the deleted text (where a span that starts there came from).
 */
export function unshiftOffset(offset: number, changes: readonly TextChange[]): number {
  let p = offset;
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i];
    const insertedEnd = c.from + c.insertLength;
    if (p < c.from) continue;
    p = p >= insertedEnd ? p - c.insertLength + (c.to - c.from) : c.from;
  }
  return p;
}
