import { ADVANCE_WIDTHS, UNITS_PER_EM } from './arialWidths';

/** Width of a character missing from the table (CJK, emoji…): about an average lower-case letter. */
const FALLBACK_UNITS = 1139;

function unitsOf(code: number, ch: string): number {
  const w = ADVANCE_WIDTHS[code];
  if (w !== undefined) return w;
  // Accented letters outside the table: the base letter's width is close enough.
  const base = ch.normalize('NFD').charCodeAt(0);
  if (base !== code && ADVANCE_WIDTHS[base] !== undefined) return ADVANCE_WIDTHS[base];
  if (/\p{M}/u.test(ch)) return 0;
  return FALLBACK_UNITS;
}

/**
 * The displayed width in pixels of `text` in Arial at `fontPx` (as a results page draws titles at
 * 20 px and descriptions at 14 px), without kerning. Widths come from Liberation Sans, whose advance
 * widths equal Arial's.
 */
export function textWidth(text: string, fontPx: number): number {
  let units = 0;
  for (const ch of text) units += unitsOf(ch.codePointAt(0) ?? 0, ch);
  return (units * fontPx) / UNITS_PER_EM;
}

/** The longest prefix of `text` (cut at a character) that fits in `maxPx` at `fontPx`. */
export function fitWidth(text: string, fontPx: number, maxPx: number): string {
  let units = 0;
  const limit = (maxPx * UNITS_PER_EM) / fontPx;
  let i = 0;
  for (const ch of text) {
    units += unitsOf(ch.codePointAt(0) ?? 0, ch);
    if (units > limit) return text.slice(0, i);
    i += ch.length;
  }
  return text;
}
