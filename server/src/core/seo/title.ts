// The title's French part: what remains once a pasted foreign instruction is dropped.
import { identifyTitleLanguage } from '../french/language';

/** Separators left at the cut when the foreign part goes (« Titre : Read more », « Guide — Français »). */
const EDGE = /^[\s:;|·—–\-,]+|[\s:;|·—–\-,]+$/g;

const LEADING = /^[\s:;|·—–\-,]+/;

const TRAILING = /[\s:;|·—–\-,]+$/;

/**
 * The title without its foreign stretch `[start, end)`: separators and spaces left at the cut go; when
 * French text stands on both sides, the separator that stood before the foreign part joins them.
 */
export function keepFrenchPart(title: string, start: number, end: number): string {
  const left = title.slice(0, start);
  const right = title.slice(end);
  const l = left.replace(TRAILING, '');
  const r = right.replace(LEADING, '');
  if (l && r) {
    const sep = left.slice(l.length).trim();
    return sep ? `${l} ${sep} ${r}` : `${l} ${r}`;
  }
  return (l || r).replace(EDGE, '');
}

/** The title without a pasted foreign instruction (« Customize this title in frenchLes grands… »). */
export function frenchPart(title: string): string {
  const foreign = identifyTitleLanguage(title).foreign;
  if (!foreign || (foreign.start === 0 && foreign.end === title.length)) return title;
  return keepFrenchPart(title, foreign.start, foreign.end);
}
