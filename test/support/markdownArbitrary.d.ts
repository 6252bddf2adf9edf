import fc from 'fast-check';
/** A run of French prose with inline marks and links. */
export declare const prose: fc.Arbitrary<string>;
/** A whole document: optional front matter then blocks with mostly blank-line separators. */
export declare const markdownDocument: fc.Arbitrary<string>;
/** Text inserted by an edit: prose, markup, line breaks, half a surrogate pair now and then. */
export declare const insertion: fc.Arbitrary<string>;
