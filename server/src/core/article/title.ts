import { findTextField } from './frontMatter';
import type { Block, FrontMatter, Heading, Title } from './model';

/** A pasted article's title line: short, alone, not a sentence (no final full stop). */
const MAX_FIRST_LINE_TITLE = 200;

/**
 * The article's title: the first front-matter field among `titleFields`, else the first level-1
 * heading, else the first line of a raw pasted article when it is short and stands alone.
 */
export function findTitle(
  text: string,
  masked: string,
  frontMatter: FrontMatter | undefined,
  titleFields: readonly string[],
  blocks: readonly Block[],
  headings: readonly Heading[],
): { title?: Title; block: number } {
  const fm = findTextField(frontMatter, titleFields);
  if (fm) {
    const { field, text: value } = fm;
    const raw = text.slice(field.valueSpan.start, field.valueSpan.end);
    // Map the value onto the document when it is written as is (bare or simply quoted), so that a
    // diagnostic can point at part of it; otherwise (escapes, folded lines) point at the whole value.
    let start = field.valueSpan.start;
    let end = field.valueSpan.end;
    const at = raw.indexOf(value);
    if (value !== '' && at >= 0 && at <= 3) {
      start += at;
      end = start + value.length;
    }
    // A body `#` heading that repeats the front-matter title is the same title shown twice.
    const same = (a: string): string => a.replace(/\s+/g, ' ').trim().toLowerCase();
    const repeat = headings.findIndex((h) => h.level === 1 && same(h.text) === same(value));
    const block = repeat >= 0 ? blocks.findIndex((b) => b.headingIndex === repeat) : -1;
    return { title: { text: value, span: { start, end }, source: 'frontMatter', field: field.key }, block };
  }
  const h1 = headings.findIndex((h) => h.level === 1);
  if (h1 >= 0) {
    const heading = headings[h1];
    const block = blocks.findIndex((b) => b.headingIndex === h1);
    return { title: { text: heading.text, span: heading.textSpan, source: 'heading' }, block };
  }
  const first = blocks.findIndex((b) => b.kind !== 'html' && b.kind !== 'code');
  if (first >= 0 && first < blocks.length - 1) {
    const b = blocks[first];
    const line = text.slice(b.span.start, b.span.end);
    const trimmed = line.trim();
    if (
      b.kind === 'paragraph' &&
      b.wordEnd > b.wordStart &&
      !line.includes('\n') &&
      trimmed.length <= MAX_FIRST_LINE_TITLE &&
      !/[.,;:]$/.test(trimmed)
    ) {
      const span = { start: b.span.start + line.indexOf(trimmed), end: b.span.start + line.indexOf(trimmed) + trimmed.length };
      return { title: { text: masked.slice(span.start, span.end).replace(/\s+/g, ' ').trim(), span, source: 'firstLine' }, block: first };
    }
  }
  return { block: -1 };
}
