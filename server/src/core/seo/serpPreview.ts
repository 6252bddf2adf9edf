// How a results page would show the article's title and description: pure functions over text
// widths, shared by the hover, the inlay hints and the report.
import { findTextField } from '../article/frontMatter';
import type { Article, TitleSource } from '../article/model';
import type { Span } from '../base/span';
import { formatNumber, type Locale } from '../base/i18n';
import type { Settings } from '../config/settings';
import { textWidth } from './width';

/** Where a snippet part is shown: `lines` lines of `lineWidth` px in Arial `fontPx`. */
export interface SerpBox {
  readonly lines: number;
  readonly lineWidth: number;
  readonly fontPx: number;
}

export type SerpDevice = 'desktop' | 'mobile';
export type SerpPart = 'title' | 'description';

/**
 * Approximations of the current layouts, not published figures: on desktop a 600 px title line and
 * a ~920 px description; on a phone (360 px screen) the title wraps on two lines and the
 * description is cut around 680 px.
 */
export const SERP_BOXES: Readonly<Record<SerpDevice, Readonly<Record<SerpPart, SerpBox>>>> = {
  desktop: { title: { lines: 1, lineWidth: 600, fontPx: 20 }, description: { lines: 1, lineWidth: 920, fontPx: 14 } },
  mobile: { title: { lines: 2, lineWidth: 328, fontPx: 20 }, description: { lines: 2, lineWidth: 340, fontPx: 14 } },
};

export const ELLIPSIS = '…';

export interface SerpFit {
  /** The lines as displayed, the last one ending in « … » when cut. */
  readonly lines: readonly string[];
  readonly truncated: boolean;
  /** Width of the whole text on one line, in px. */
  readonly width: number;
  /** `lines × lineWidth`: the room the text has. */
  readonly budget: number;
}

export type Measure = (text: string, fontPx: number) => number;

/** Whitespace as a browser renders it: runs collapsed, ends trimmed. */
export function normalizeSnippet(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Number of characters as a writer counts them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  return [...normalizeSnippet(text)].length;
}

/** Cuts a word that is wider than a line at the last character that fits. */
function cutWord(word: string, room: number, fontPx: number, measure: Measure): string {
  let out = '';
  for (const ch of word) {
    if (measure(out + ch, fontPx) > room) break;
    out += ch;
  }
  return out;
}

/**
 * Lays `text` out in `box` as a results page does: words wrapped greedily; when the text does not
 * fit, the last line keeps the words that fit before « … » (a word is cut only when it alone is
 * wider than the line).
 */
export function fitSnippet(text: string, box: SerpBox, measure: Measure = textWidth): SerpFit {
  const clean = normalizeSnippet(text);
  const width = measure(clean, box.fontPx);
  const budget = box.lines * box.lineWidth;
  const words = clean === '' ? [] : clean.split(' ');
  const lines: string[] = [];
  let current = '';
  let i = 0;
  for (; i < words.length; i++) {
    const candidate = current === '' ? words[i] : `${current} ${words[i]}`;
    if (measure(candidate, box.fontPx) <= box.lineWidth) {
      current = candidate;
      continue;
    }
    if (lines.length + 1 >= box.lines) break; // the last line is full: truncate below
    if (current === '') {
      // A single word wider than the line: break it.
      const head = cutWord(words[i], box.lineWidth, box.fontPx, measure) || [...words[i]][0];
      lines.push(head);
      words[i] = words[i].slice(head.length);
      i--;
      continue;
    }
    lines.push(current);
    current = '';
    i--;
  }
  if (i >= words.length) {
    if (current !== '') lines.push(current);
    return { lines, truncated: false, width, budget };
  }
  // Truncate: drop words from the last line until « … » fits after it.
  const suffix = ` ${ELLIPSIS}`;
  let last = current;
  while (last !== '' && measure(last + suffix, box.fontPx) > box.lineWidth) {
    const space = last.lastIndexOf(' ');
    last = space === -1 ? '' : last.slice(0, space);
  }
  if (last === '') {
    const word = current !== '' ? current.split(' ')[0] : words[i];
    last = cutWord(word, box.lineWidth - measure(ELLIPSIS, box.fontPx), box.fontPx, measure);
    lines.push(`${last}${ELLIPSIS}`);
  } else {
    lines.push(last + suffix);
  }
  return { lines, truncated: true, width, budget };
}

export interface SerpField {
  readonly part: SerpPart;
  readonly text: string;
  /** Where the text is written (the value only, quotes excluded when possible). */
  readonly span: Span;
  /** `excerpt`: no description field, the first paragraph stands in (engines then pick a passage). */
  readonly source: TitleSource | 'excerpt';
  readonly field?: string;
}

export interface SerpPreview {
  readonly field: SerpField;
  readonly chars: number;
  readonly desktop: SerpFit;
  readonly mobile: SerpFit;
}

export function previewOf(field: SerpField, measure: Measure = textWidth): SerpPreview {
  return {
    field,
    chars: charCount(field.text),
    desktop: fitSnippet(field.text, SERP_BOXES.desktop[field.part], measure),
    mobile: fitSnippet(field.text, SERP_BOXES.mobile[field.part], measure),
  };
}

/** The title and description as a results page would take them from the article. */
export function serpFields(article: Article, settings: Settings): { title?: SerpField; description?: SerpField } {
  const out: { title?: SerpField; description?: SerpField } = {};
  const title = article.title;
  if (title && normalizeSnippet(title.text) !== '') {
    out.title = { part: 'title', text: title.text, span: title.span, source: title.source, ...(title.field ? { field: title.field } : {}) };
  }
  const fm = findTextField(article.frontMatter, settings.frontMatter.descriptionFields);
  if (fm && normalizeSnippet(fm.text) !== '') {
    const raw = article.text.slice(fm.field.valueSpan.start, fm.field.valueSpan.end);
    const at = raw.indexOf(fm.text);
    // Point at the value itself when written as is (bare or quoted), else at the whole value.
    const span = at >= 0 && at <= 3 ? { start: fm.field.valueSpan.start + at, end: fm.field.valueSpan.start + at + fm.text.length } : fm.field.valueSpan;
    out.description = { part: 'description', text: fm.text, span, source: 'frontMatter', field: fm.field.key };
  } else {
    const first = article.blocks.find((b, i) => b.kind === 'paragraph' && i !== article.titleBlock && b.wordEnd > b.wordStart);
    if (first) {
      const text = normalizeSnippet(article.masked.slice(first.span.start, first.span.end));
      if (text !== '') out.description = { part: 'description', text, span: first.span, source: 'excerpt' };
    }
  }
  return out;
}

/** The inlay hint after a title or description: « 54 car. · 512/600 px ». */
export function inlayLabel(preview: SerpPreview, locale: Locale): string {
  const chars = formatNumber(preview.chars, locale);
  const width = formatNumber(Math.round(preview.desktop.width), locale);
  const budget = formatNumber(preview.desktop.budget, locale);
  return locale === 'fr' ? `${chars} car. · ${width}/${budget} px` : `${chars} chars · ${width}/${budget} px`;
}

/** Markdown special characters escaped so that a title shows as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}

/** The hover over a title or description: both layouts, cut as they would be, with the widths. */
export function hoverMarkdown(preview: SerpPreview, locale: Locale): string {
  const fr = locale === 'fr';
  const what = preview.field.part === 'title' ? (fr ? 'Titre' : 'Title') : fr ? 'Description' : 'Description';
  const n = (x: number): string => formatNumber(Math.round(x), locale);
  const device = (name: string, fit: SerpFit, box: SerpBox): string => {
    const room = box.lines === 1 ? `${n(box.lineWidth)} px` : fr ? `${box.lines} lignes de ${n(box.lineWidth)} px` : `${box.lines} lines of ${n(box.lineWidth)} px`;
    const state = fit.truncated ? (fr ? 'tronqué' : 'truncated') : fr ? 'entier' : 'shown in full';
    const head = `**${name}** (${room}) : ${n(fit.width)}/${n(fit.budget)} px, ${state}`;
    return `${fr ? head : head.replace(' : ', ': ')}\n\n${fit.lines.map((l) => `> ${escapeMarkdown(l)}`).join('  \n')}`;
  };
  const part = preview.field.part;
  return [
    `**${fr ? 'Aperçu dans les résultats de recherche' : 'Search results preview'}** — ${what}, ${inlayLabel(preview, locale)}`,
    device(fr ? 'Ordinateur' : 'Desktop', preview.desktop, SERP_BOXES.desktop[part]),
    device('Mobile', preview.mobile, SERP_BOXES.mobile[part]),
    fr ? '_Largeurs estimées en Arial ; l’affichage réel peut varier._' : '_Widths estimated in Arial; actual display may vary._',
  ].join('\n\n');
}
