// The Markdown parser's cost grows with the square of nesting on a line (10 000 nested list items on
// one 20 kB line take seconds). Markers beyond a depth no article reaches are blanked out (spaces, so
// offsets stay those of the text): what follows them is then read as code, i.e. not as prose.

export const MAX_NESTING = 100;

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** Length of the container marker at `j` (`>`, `-`/`*`/`+` then a space, `12.`/`12)` then a space), or 0. */
function markerAt(source: string, j: number): number {
  const c = source.charCodeAt(j);
  if (c === 62) return 1;
  if ((c === 45 || c === 42 || c === 43) && isBlank(source.charCodeAt(j + 1))) return 1;
  let k = j;
  while (k - j < 9 && source.charCodeAt(k) >= 48 && source.charCodeAt(k) <= 57) k++;
  const d = source.charCodeAt(k);
  return k > j && (d === 46 || d === 41) && isBlank(source.charCodeAt(k + 1)) ? k + 1 - j : 0;
}

/** `source` with the container markers beyond `max` on any line replaced by spaces (same length). */
export function capNesting(source: string, max = MAX_NESTING): string {
  let parts: string[] | undefined;
  let kept = 0;
  let i = 0;
  while (i < source.length) {
    let j = i;
    let count = 0;
    let cutAt = -1;
    for (;;) {
      while (isBlank(source.charCodeAt(j))) j++;
      const m = markerAt(source, j);
      if (m === 0) break;
      if (++count === max + 1) cutAt = j;
      j += m;
    }
    if (cutAt >= 0) {
      parts ??= [];
      parts.push(source.slice(kept, cutAt), ' '.repeat(j - cutAt));
      kept = j;
    }
    const nl = source.indexOf('\n', j);
    if (nl === -1) break;
    i = nl + 1;
  }
  if (!parts) return source;
  parts.push(source.slice(kept));
  return parts.join('');
}
