// Comparison keys for site-wide checks. The keyphrase rules (issue 5) bring a shared French
// keyphrase matcher; until the branches meet, these small functions are the one place to point at it.

/**
 * Folds one UTF-16 code unit at a time (case, accents, typographic apostrophes and spaces), so the
 * result has exactly the length of the input and offsets found in it are offsets in the original.
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      out += c.toLowerCase();
      continue;
    }
    if (c === '\u2019' || c === '\u02bc' || c === '\u2018') {
      out += "'";
      continue;
    }
    if (/\s/.test(c)) {
      out += ' ';
      continue;
    }
    const base = c.normalize('NFD')[0].toLowerCase();
    out += base.length === 1 ? base : c;
  }
  return out;
}

/** The key two keyphrases share when they are the same for a reader: folded, spaces collapsed. */
export function keyphraseKey(keyphrase: string): string {
  return foldSameLength(keyphrase).replace(/\s+/g, ' ').trim();
}

/** The key of a title or description: folded, spaces collapsed, final punctuation dropped. */
export function textKey(text: string): string {
  return keyphraseKey(text).replace(/[\s.!?…:;,]+$/u, '');
}
