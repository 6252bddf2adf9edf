// Word boundaries for the phrase lists (calques, anglicisms): no letter or digit just before or after.
// Latin, Greek and Cyrillic letters rather than `\p{L}\p{N}`: V8 compiles a Unicode property class
// afresh in every expression (about 0.3 ms each, case-folded under `i`), and the lists' fifty
// expressions cost a writer's first analysis over 100 ms; a phrase glued to a letter of another script
// does not occur in French prose.
const LETTER_OR_DIGIT = '[0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF\\uFB00-\\uFB06]';

/** Not after a letter or a digit. */
export const WORD_START = `(?<!${LETTER_OR_DIGIT})`;
/** Not before a letter or a digit. */
export const WORD_END = `(?!${LETTER_OR_DIGIT})`;
