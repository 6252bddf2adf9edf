// Where a word of the masked prose is really markup the parser leaves as text: a kramdown or
// Pandoc attribute list (« {title="…"} », « {: .lead } ») or an MDX comment (« {/*anchor*/} »).

/** How far back on its line a word looks for an open brace: attribute lists are short. */
const LOOKBACK = 200;

/** Whether the word at `start` sits inside braces opened earlier on its line and not yet closed. */
export function inBraces(text: string, start: number): boolean {
  // A bounded scan: a 1 MB line must not make every word read the whole line back.
  const stop = Math.max(0, start - LOOKBACK);
  for (let i = start - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 125) return false; // \n, }
    if (c === 123) return true; // {
  }
  return false;
}

/**
 * Whether `inBraces` may hold for a word starting in `[from, to)`: false when no brace opens from
 * `LOOKBACK` units before `from` to `to`, as in almost every block, which then reads no word's line back.
 */
export function mayBeInBraces(text: string, from: number, to: number): boolean {
  const at = text.indexOf('{', Math.max(0, from - LOOKBACK));
  return at !== -1 && at < to;
}
