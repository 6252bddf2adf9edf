// The width of a title as a search results page shows it (Arial 20 px), behind one small interface.
// The `title-length` rule measures with server/src/core/serp/width.ts; once both are merged, point
// `titleWidth` at that function so the rule and its fix agree to the pixel.

/** Width in CSS pixels of `text` set in the search results title font. */
export type TitleWidthMeasure = (text: string) => number;

/** Google shows about 600 px of a title on desktop before cutting it. */
export const MAX_TITLE_WIDTH = 600;
const FONT_SIZE = 20;

/** Arial advance widths in 1/1000 em for printable ASCII (32–126), from the font's metrics. */
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const OTHER: Record<string, number> = {
  '«': 556, '»': 556, '’': 222, '‘': 222, '“': 333, '”': 333, '…': 1000, '—': 1000, '–': 556, '\u00a0': 278, '\u202f': 200,
  'œ': 944, 'Œ': 1000, 'æ': 889, 'Æ': 1000, '€': 556, '°': 400, '·': 278,
};

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII[code - 32];
  const other = OTHER[ch];
  if (other !== undefined) return other;
  // Accented Latin letters are as wide as their base letter.
  const base = ch.normalize('NFD')[0];
  const b = base.charCodeAt(0);
  if (base !== ch && b >= 32 && b <= 126) return ASCII[b - 32];
  return 556;
}

/** An estimate from Arial's advance widths (no kerning): within a few pixels for Latin text. */
export function estimateTitleWidth(text: string): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units * FONT_SIZE) / 1000;
}

export const titleWidth: TitleWidthMeasure = estimateTitleWidth;
