// The width of a title as a search results page shows it (Arial 20 px). The `title-length` rule, the
// « Raccourcir » fix and the title proposals all measure with serp/width.ts, so they agree to the pixel.
import { textWidth } from '../seo/width';

/** Width in CSS pixels of `text` set in the search results title font. */
export type TitleWidthMeasure = (text: string) => number;

/** Google shows about 600 px of a title on desktop before cutting it. */
export const MAX_TITLE_WIDTH = 600;
const FONT_SIZE = 20;

/** Arial 20 px advance widths from the shipped metric table (no kerning). */
export function titleWidth(text: string): number {
  return textWidth(text, FONT_SIZE);
}

