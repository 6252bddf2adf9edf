// Rewrites a bundle's non-ASCII characters as \uXXXX escapes. esbuild escapes them in strings but not
// in regular expressions nor comments, and one such character makes V8 hold the whole source (which
// it keeps for lazy compilation: 8 MB with the dictionaries and the lexicon) as UTF-16, twice the size
// of a one-byte string. An escape means the same in a regular expression (with or without the u flag,
// a surrogate pair written as two escapes is one code point) and in an identifier; in a comment it is
// only text. Source maps shift by a few columns on the rare lines concerned.
import { readFileSync, writeFileSync } from 'node:fs';

export function escapeNonAscii(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Rewrites each file in place (the shebang line is ASCII). */
export function asciiOutputs(files) {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const ascii = escapeNonAscii(text);
    if (ascii !== text) writeFileSync(file, ascii);
  }
}
