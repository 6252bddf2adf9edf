// Comparison keys for site-wide checks.
import { KeyphraseMatcher } from '../french/keyphrase';
import { foldWord } from '../base/letters';
import { stemWord } from '../french/stem';

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

/** A text as it is searched for in folded prose: folded, spaces collapsed. */
export function surfaceKey(text: string): string {
  return foldSameLength(text).replace(/\s+/g, ' ').trim();
}

/**
 * The key two keyphrases share when they target the same searches: the stems of their content words,
 * in any order (« maquettes » and « la maquette », « référencement naturel » and « naturel
 * référencement » are one keyphrase). Accents are folded before stemming, so that a keyphrase typed
 * without them (« accessibilite ») is the same one.
 */
export function keyphraseKey(keyphrase: string): string {
  return new KeyphraseMatcher(keyphrase).contentWords
    .map((w) => stemWord(foldWord(w)))
    .sort()
    .join(' ');
}

/** The key of a title or description: folded, spaces collapsed, final punctuation dropped. */
export function textKey(text: string): string {
  return surfaceKey(text).replace(/[\s.!?…:;,]+$/u, '');
}
