// Leaf type: a change to the text, what every fix and generator returns.
/** A replacement of `text[start, end)` by `newText`, in offsets of the analysed text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Applies non-overlapping edits to `text` (any order); overlapping edits are a programming error. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** The edits as one string: two lists of edits are the same when their keys are. */
export function editsKey(edits: readonly TextEdit[]): string {
  return edits.map((e) => `${e.start}:${e.end}:${e.newText}`).join('|');
}
