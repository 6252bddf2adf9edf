import type { Article } from '../article/model';
import { opensOnBackReference } from '../french/backReference';
import { agreementErrors, brokenEnding } from '../french/lexicon/phrase';

/**
 * An editor's checklist over the text Plume writes (headings, titles, descriptions): what a French
 * editor would send back. Used by the generators to drop bad candidates and by `npm run eval`.
 */
export interface PhraseCheck {
  /** The part of speech of a last word that cannot end a heading or title. */
  readonly brokenEnding?: string;
  /** Pairs of words that cannot agree (lexicon). */
  readonly agreement: readonly (readonly [string, string])[];
}

export function checkPhrase(text: string): PhraseCheck {
  const ending = brokenEnding(text);
  return { ...(ending ? { brokenEnding: ending } : {}), agreement: agreementErrors(text) };
}

export function phrasePasses(text: string): boolean {
  const c = checkPhrase(text);
  return c.brokenEnding === undefined && c.agreement.length === 0;
}

export interface DescriptionCheck {
  /** Does not end on a sentence's final punctuation. */
  readonly midSentence: boolean;
  /** Holds an ellipsis (« … » or « ... »). */
  readonly ellipsis: boolean;
  /** Opens on a back-reference or a pronoun without antecedent. */
  readonly backReference: boolean;
  /** Says one sentence twice. */
  readonly repeatsSentence: boolean;
  /** Agreement errors (lexicon) in any of its sentences. */
  readonly agreement: readonly (readonly [string, string])[];
}

/** The sentences of a short text (a description): cut after . ! ? followed by a space and a capital. */
export function shortTextSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[«"“\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function checkDescription(text: string): DescriptionCheck {
  const sentences = shortTextSentences(text);
  const folded = sentences.map((s) => s.toLowerCase());
  return {
    midSentence: !/[.!?]["»”)]?$/u.test(text.trim()) || /…$/.test(text.trim()),
    ellipsis: /…|\.\.\./.test(text),
    backReference: opensOnBackReference(text),
    repeatsSentence: new Set(folded).size !== folded.length,
    agreement: sentences.flatMap((s) => agreementErrors(s)),
  };
}

/** Whether `text` copies a whole sentence of the article (for headings: a sentence used as a name). */
export function copiesSentence(article: Article, text: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[’ʼ]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
  const target = norm(text);
  if (!target) return false;
  return article.sentences.some((s) => norm(article.masked.slice(s.start, s.end)) === target);
}
