// Where a word of the masked prose is really markup the parser leaves as text: a kramdown or
// Pandoc attribute list (« {title="…"} », « {: .lead } ») or an MDX comment (« {/*anchor*/} »).

/** Whether the word at `start` sits inside braces opened earlier on its line and not yet closed. */
export function inBraces(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const left = text.slice(lineStart, start);
  const open = left.lastIndexOf('{');
  return open !== -1 && left.indexOf('}', open) === -1;
}
