import { parseFrontMatter } from './frontMatter';
import { scanMarkdown } from './markdown';
import { capNesting } from './nesting';
import type { Article, Block, Heading, Sentence, Span, Word } from './model';
import { scanProse } from './prose';
import { findTitle } from './title';

export interface ParseOptions {
  readonly titleFields: readonly string[];
}

/** Replaces every character of the spans but line breaks by a space, keeping offsets. */
function applyMasks(text: string, masks: Span[]): string {
  if (masks.length === 0) return text;
  masks.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const m of masks) {
    const start = Math.max(m.start, pos);
    if (m.end <= start) continue;
    parts.push(text.slice(pos, start), text.slice(start, m.end).replace(/[^\r\n]/g, ' '));
    pos = m.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Parses the article once: front matter, blocks, headings, words and sentences, title. */
export function parseArticle(text: string, options: ParseOptions): Article {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const head: Span = { start: 0, end: bodyStart };
  // The Markdown parser sees the front matter as blank lines, so that offsets stay those of the text.
  const blanked = bodyStart > 0 ? applyMasks(text, [head]) : text;
  // Old Mac files break lines with a lone CR, which the Markdown parser does not see as a line break.
  const source = capNesting(blanked.includes('\r') ? blanked.replace(/\r(?!\n)/g, '\n') : blanked);
  const scan = scanMarkdown(source);
  if (bodyStart > 0) scan.masks.push(head);
  const masked = applyMasks(text, scan.masks);

  const words: Word[] = [];
  const sentences: Sentence[] = [];
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  for (const raw of scan.blocks) {
    const wordStart = words.length;
    const sentenceStart = sentences.length;
    if (raw.kind === 'heading' && raw.textSpan) {
      scanProse(masked, raw.textSpan.start, raw.textSpan.end, words, sentences);
      headings.push({
        level: raw.level ?? 2,
        text: masked.slice(raw.textSpan.start, raw.textSpan.end).replace(/\s+/g, ' ').trim(),
        span: raw.span,
        textSpan: raw.textSpan,
        source: raw.headingSource ?? 'atx',
        wordStart,
        wordEnd: words.length,
      });
    } else if (raw.kind !== 'code' && raw.kind !== 'html') {
      scanProse(masked, raw.span.start, raw.span.end, words, sentences);
    }
    blocks.push({
      kind: raw.kind,
      span: raw.span,
      depth: raw.depth,
      ...(raw.kind === 'heading' ? { headingIndex: headings.length - 1 } : {}),
      wordStart,
      wordEnd: words.length,
      sentenceStart,
      sentenceEnd: sentences.length,
    });
  }
  const { title, block: titleBlock } = findTitle(text, masked, frontMatter, options.titleFields, blocks, headings);
  const titleWords = titleBlock >= 0 ? blocks[titleBlock].wordEnd - blocks[titleBlock].wordStart : 0;
  return {
    text,
    masked,
    ...(frontMatter ? { frontMatter } : {}),
    ...(title ? { title } : {}),
    bodyStart,
    headings,
    blocks,
    words,
    sentences,
    images: scan.images.sort((a, b) => a.span.start - b.span.start),
    links: scan.links.sort((a, b) => a.span.start - b.span.start),
    bodyWordCount: words.length - titleWords,
    titleBlock,
  };
}
