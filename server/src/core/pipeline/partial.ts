// Bounded analysis: a document longer than `maxDocumentSize` (2 000 000 characters by default: a book
// of a million is analysed whole) is analysed up to a line break near the limit, and one information
// finding says so. Parsing is linear but not free (about 0.3–1 s per MB); the bound protects the
// server against pathological files (a 20 MB log pasted by mistake).
import type { Span } from '../base/span';
import { formatNumber, type Locale } from '../base/i18n';

export const PARTIAL_ID = 'analysis-partial';

/**
 * Where to cut `text` so that at most `limit` UTF-16 units are analysed: after the last line break
 * before the limit when there is one in the last quarter, else at the limit itself, never inside a
 * surrogate pair or between CR and LF. Returns `text.length` when no cut is needed.
 */
export function cutPoint(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const nl = text.lastIndexOf('\n', limit - 1);
  let cut = nl >= limit * 0.75 ? nl + 1 : limit;
  const before = text.charCodeAt(cut - 1);
  if (before >= 0xd800 && before <= 0xdbff) cut--;
  if (text.charCodeAt(cut - 1) === 13 && text.charCodeAt(cut) === 10) cut--;
  return Math.max(0, cut);
}

/** The finding that tells the writer the analysis stopped at `cut`: on the first line not analysed. */
export function partialFinding(text: string, cut: number, locale: Locale): { span: Span; message: string } {
  const nl = text.indexOf('\n', cut);
  let end = nl === -1 ? text.length : nl;
  if (end > cut && text.charCodeAt(end - 1) === 13) end--;
  end = Math.min(end, cut + 200);
  if (end > cut && text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff) end--;
  const shown = formatNumber(cut, locale);
  const total = formatNumber(text.length, locale);
  const message =
    locale === 'fr'
      ? `Document trop long : seuls les ${shown} premiers caractères sur ${total} sont analysés (réglage plume.maxDocumentSize).`
      : `Document too long: only the first ${shown} of ${total} characters are analysed (setting plume.maxDocumentSize).`;
  return { span: { start: cut, end }, message };
}
