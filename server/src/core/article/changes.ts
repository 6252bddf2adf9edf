// Offsets of a later version carried back through the changes made since an earlier one (the parse
// finds there what it can reuse of the earlier parse; requests answered from an earlier analysis too).
/** One replacement in a text: `[from, to)` of the text before it is replaced by `insertLength` units. */
export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insertLength: number;
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
