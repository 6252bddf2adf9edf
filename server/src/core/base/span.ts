// Leaf type: every layer speaks in offsets of the analysed text.
/** A half-open range of UTF-16 code unit offsets into the document text, as LSP counts them. */
export interface Span {
  readonly start: number;
  readonly end: number;
}
