// TEMPORARY width estimate, to be replaced by `serp/width.ts` from the `rules` branch at merge time:
// only `textWidth` is used by `preview.ts`, so the swap is one import line there.

/** Advance widths of Arial in 1/1000 em (from the font's metrics), for the characters titles use. */
const ARIAL: Record<string, number> = {
  ' ': 278, '!': 278, '"': 355, '#': 556, $: 556, '%': 889, '&': 667, "'": 191, '(': 333, ')': 333, '*': 389, '+': 584,
  ',': 278, '-': 333, '.': 278, '/': 278, ':': 278, ';': 278, '<': 584, '=': 584, '>': 584, '?': 556, '@': 1015,
  '[': 278, '\\': 278, ']': 278, '^': 469, _: 556, '`': 333, '{': 334, '|': 260, '}': 334, '~': 584,
  a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833,
  n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500,
  A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833,
  N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
  '«': 556, '»': 556, '…': 1000, '–': 556, '—': 1000, '‘': 222, '’': 222, '“': 333, '”': 333, '€': 556,
  '\u00a0': 278, '\u202f': 139, œ: 944, Œ: 1000, æ: 889, Æ: 1000, ß: 611, '·': 278, '°': 400,
};
const DIGIT = 556;
/** Unknown characters (other scripts, emoji) count as a wide lowercase letter. */
const DEFAULT = 556;

function charWidth(ch: string): number {
  const known = ARIAL[ch];
  if (known !== undefined) return known;
  if (ch >= '0' && ch <= '9') return DIGIT;
  // Accented letters take the width of their base letter (é → e, Ç → C).
  const base = ch.normalize('NFD')[0];
  if (base !== ch && ARIAL[base] !== undefined) return ARIAL[base];
  return DEFAULT;
}

/** Estimated rendered width in CSS pixels of `text` in Arial at `fontPx`. */
export function textWidth(text: string, fontPx: number): number {
  let total = 0;
  for (const ch of text) total += charWidth(ch);
  return (total * fontPx) / 1000;
}
