// Offsets of one version carried to a later one through the changes between them. A request that
// arrives while the newest version is being analysed is answered from the previous analysis: what
// lies outside every change is shifted, what touches a change is dropped (never a stale edit).
import type { TextChange } from '../article/parse';
export { unshiftOffset } from '../article/changes';
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
 * Where `offset` is after the changes: a change before it moves it, one that replaces text around it
 * puts it at the end of what was inserted (for locations that must land somewhere, such as the
 * report's « go to » links, where `shiftSpan` would drop them).
 */
export function shiftOffset(offset: number, changes: readonly TextChange[]): number {
  let p = offset;
  for (const c of changes) {
    if (p < c.from || (p === c.from && c.to > c.from)) continue;
    p = p >= c.to ? p + c.insertLength - (c.to - c.from) : c.from + c.insertLength;
  }
  return p;
}

/** `span` after the changes, shifted when it can be, else from its shifted start to its shifted end. */
export function carrySpan(span: Span, changes: readonly TextChange[]): Span {
  const shifted = shiftSpan(span, changes);
  if (shifted) return shifted;
  const start = shiftOffset(span.start, changes);
  return { start, end: Math.max(start, shiftOffset(span.end, changes)) };
}
