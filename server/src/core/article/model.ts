import type { Span } from '../base/span';

export type FrontMatterKind = 'yaml' | 'toml';

export interface FrontMatterField {
  readonly key: string;
  /** The parsed value: string, number, boolean, list or map, as the YAML or TOML parser gives it. */
  readonly value: unknown;
  readonly keySpan: Span;
  /** The value as written (quotes included); empty span right after the key when there is no value. */
  readonly valueSpan: Span;
}

export interface FrontMatter {
  readonly kind: FrontMatterKind;
  /** From the opening fence to the end of the closing fence line. */
  readonly span: Span;
  /** The text between the fences. */
  readonly contentSpan: Span;
  /** Top-level fields in order of appearance. */
  readonly fields: readonly FrontMatterField[];
  /**
   * Set when the front matter could not be parsed (fields then holds what could be read). `code` is
   * the parser's error code (YAML) or `unclosed`, `notMap`, `colon`, `toml`: messages are Plume's own,
   * in the writer's language, never the parser's English.
   */
  readonly error?: { readonly message: string; readonly span: Span; readonly code?: string };
  /**
   * Values written unquoted with « : » inside (`title: Voyage en train : le guide`), invalid YAML that
   * French writers make: their spans, for the fix that quotes them.
   */
  readonly colonValues?: readonly Span[];
  /**
   * The fields were read leniently, as the writer meant them (colon values taken whole): rules may
   * trust them although the front matter is invalid.
   */
  readonly lenient?: boolean;
}

export type HeadingSource = 'atx' | 'setext' | 'html';

export interface Heading {
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
  /** The heading text with inline markup removed (masked parts dropped). */
  readonly text: string;
  /** The whole heading (marks included). */
  readonly span: Span;
  /** The heading's own text, marks excluded. */
  readonly textSpan: Span;
  readonly source: HeadingSource;
  /** Index of the first word of the heading in `Article.words`. */
  readonly wordStart: number;
  readonly wordEnd: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'quote' | 'table' | 'code' | 'html';

/** A block of the body in document order; prose blocks own their words and sentences. */
export interface Block {
  readonly kind: BlockKind;
  readonly span: Span;
  /** Nesting inside lists and quotes (0 at top level). */
  readonly depth: number;
  /** For headings: the index in `Article.headings`. */
  readonly headingIndex?: number;
  readonly wordStart: number;
  readonly wordEnd: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/** A word as a French word processor counts it: « l’expertise », « peut-être » are one word each. */
export interface Word {
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Words of the sentence: `Article.words.slice(wordStart, wordEnd)`. */
  readonly wordStart: number;
  readonly wordEnd: number;
}

/** An image: Markdown `![alt](url)` or HTML `<img>`. */
export interface Image {
  readonly span: Span;
  /** The alternative text as written (empty when missing). */
  readonly alt: string;
  readonly url?: string;
  readonly source: 'markdown' | 'html';
}

/** A link: Markdown `[text](url)`, `<url>`, a bare URL, or HTML `<a href>`. */
export interface Link {
  readonly span: Span;
  /** The target; undefined for a reference link whose definition was not read. */
  readonly url?: string;
  readonly source: 'markdown' | 'html';
}

export type TitleSource = 'frontMatter' | 'heading' | 'firstLine';

export interface Title {
  readonly text: string;
  readonly span: Span;
  readonly source: TitleSource;
  /** The front-matter key when the title comes from the front matter. */
  readonly field?: string;
}

export interface Article {
  readonly text: string;
  /** `text` with everything that is not prose replaced by spaces (line breaks kept), same length. */
  readonly masked: string;
  readonly frontMatter?: FrontMatter;
  readonly title?: Title;
  /** Where the body starts (after the front matter). */
  readonly bodyStart: number;
  readonly headings: readonly Heading[];
  readonly blocks: readonly Block[];
  readonly words: readonly Word[];
  readonly sentences: readonly Sentence[];
  /** Images of the body, in document order. */
  readonly images: readonly Image[];
  /** Links of the body, in document order (images excluded). */
  readonly links: readonly Link[];
  /** Words of the body: every prose word except those of the title line. */
  readonly bodyWordCount: number;
  /** The block index that holds the title when it is a heading or a first line (else -1). */
  readonly titleBlock: number;
}
