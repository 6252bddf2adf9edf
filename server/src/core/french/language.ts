import { ENGLISH_FUNCTION_WORDS, FRENCH_DIACRITICS, FRENCH_ELISION, FRENCH_FUNCTION_WORDS } from './functionWords';
import { foldWord, isLower, isUpper } from '../base/letters';
import { detached } from '../base/memo';
import { isLazyDataDeferred, LanguageDetectorNotLoaded, setLazyDataDeferred } from './lazyData';
import { isFrenchDictionaryLoaded, preloadFrenchDictionary } from './spelling/dictionary';

/** The languages the detector chooses among: French and the languages writers' sources come in. */
export const CANDIDATE_LANGUAGES = ['fr', 'en', 'es', 'de', 'it', 'pt', 'nl'] as const;
export type LanguageCode = (typeof CANDIDATE_LANGUAGES)[number];
/** `und`: nothing to judge (names, brands, acronyms, numbers). */
export type LanguageGuess = LanguageCode | 'und';

interface Eld {
  detect(text: string): { language: string; getScores(): Record<string, number> };
  setLanguageSubset(languages: readonly string[] | false): unknown;
}

let detector: Eld | undefined;

export { LanguageDetectorNotLoaded };

/**
 * While deferred, a rule that needs the detector (or the spelling dictionary) fails with
 * `LanguageDetectorNotLoaded` instead of loading it: the language server publishes the other rules'
 * diagnostics first, then loads the data and analyses again.
 */
export function deferLanguageDetector(defer: boolean): void {
  setLazyDataDeferred(defer);
}

export function isLanguageDetectorLoaded(): boolean {
  return detector !== undefined && isFrenchDictionaryLoaded();
}

/**
 * The n-gram detector (eld, extra-small database) is loaded on first use: it costs ~0.3 s and ~30 MB,
 * which a process that never needs it should not pay.
 */
function eld(): Eld {
  if (!detector) {
    if (isLazyDataDeferred()) throw new LanguageDetectorNotLoaded();
    // A literal require so that esbuild bundles the module but evaluates it only here.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('eld/extrasmall') as { eld: Eld };
    detector = mod.eld;
    detector.setLanguageSubset(CANDIDATE_LANGUAGES);
  }
  return detector;
}

/** Loads the detector ahead of time (the server does it while idle after start-up). */
export function preloadLanguageDetector(): void {
  eld();
  preloadFrenchDictionary();
}

/** The n-gram detector's best language among the candidates and its scores (loads it on first use). */
export function detectLanguage(text: string): { language: string; scores: Record<string, number> } {
  const result = eld().detect(text);
  return { language: result.language, scores: result.getScores() };
}

/** Below this many letters, the n-gram detector's guess is noise. */
const MIN_LETTERS_FOR_DETECTOR = 4;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+|[-‐][\p{L}\p{N}]+)*/gu;

interface Evidence {
  words: string[];
  french: number;
  english: number;
  /** Every word is a name, brand, acronym or number (capitalised, upper case, or with digits). */
  nameLike: boolean;
}

function evidence(text: string): Evidence {
  const words = text.match(WORD) ?? [];
  let french = 0;
  let english = 0;
  let nameLike = true;
  for (const w of words) {
    const f = foldWord(w);
    if (FRENCH_FUNCTION_WORDS.has(f)) french++;
    else if (ENGLISH_FUNCTION_WORDS.has(f)) english++;
    if (FRENCH_ELISION.test(f)) french++;
    if (FRENCH_DIACRITICS.test(w.toLowerCase())) french++;
    if (/['’]s$/.test(w) || /^\p{L}+ing$/u.test(f)) english++;
    if (!(isUpper(w[0]) || /\d/.test(w) || (w.length > 1 && isLower(w[0]) && isUpper(w[1])))) nameLike = false;
  }
  return { words, french, english, nameLike };
}

/**
 * The language of a short text such as a title or a piece of one. Function words, elisions and
 * diacritics decide when they agree; the n-gram detector decides otherwise. A text made only of
 * names, acronyms and numbers is `und` unless the detector is clearly sure it is not French.
 */
export function identifyShortText(text: string): LanguageGuess {
  const ev = evidence(text);
  if (ev.words.length === 0) return 'und';
  if (ev.french > ev.english) return 'fr';
  if (ev.english > ev.french) return 'en';
  // Letter n-grams say nothing about a text this short (« x » reads as German): do not judge it.
  if (ev.words.join('').replace(/[^\p{L}]/gu, '').length < MIN_LETTERS_FOR_DETECTOR) return 'und';
  const result = eld().detect(text);
  const scores = result.getScores();
  const best = result.language as LanguageGuess;
  if (!best || !(CANDIDATE_LANGUAGES as readonly string[]).includes(best)) return 'und';
  if (best === 'fr') return 'fr';
  if (ev.nameLike) {
    // Title-case names (« React Compiler », « Paris Web ») look English to n-grams: demand a margin.
    // Numbers and versions (« 19 », « v18 ») say nothing about the language: count letter words only.
    const letterWords = ev.words.filter((w) => !/\d/.test(w)).length;
    const margin = (scores[best] ?? 0) - (scores.fr ?? 0);
    return letterWords >= 3 && margin >= 0.15 ? best : 'und';
  }
  return best;
}

export interface TitlePiece {
  /** Offsets in the title string. */
  readonly start: number;
  readonly end: number;
  readonly language: LanguageGuess;
}

/**
 * Splits a title where a pasted instruction or a subtitle may be glued to it: at `:`, `—`, `–`, `|`,
 * ` - `, `·`, and where a lower-case word runs into a capitalised one (« in frenchLes grands… »).
 */
export function splitTitle(title: string): { start: number; end: number }[] {
  const cuts: { at: number; skip: number }[] = [];
  const sep = /\s*(?:[:|·—–]|\s-\s)\s*/g;
  for (let m = sep.exec(title); m; m = sep.exec(title)) {
    // A colon inside a time or ratio (10:30) is not a separator.
    if (m[0] === ':' && /\d/.test(title[m.index - 1] ?? '') && /\d/.test(title[m.index + 1] ?? '')) continue;
    cuts.push({ at: m.index, skip: m[0].length });
  }
  const glue = /(?<![\p{L}\p{N}])(\p{Ll}{3,})(?=\p{Lu}\p{Ll})/gu;
  for (let m = glue.exec(title); m; m = glue.exec(title)) {
    cuts.push({ at: m.index + m[1].length, skip: 0 });
  }
  cuts.sort((a, b) => a.at - b.at);
  const pieces: { start: number; end: number }[] = [];
  let pos = 0;
  for (const c of cuts) {
    if (c.at < pos) continue;
    if (c.at > pos) pieces.push({ start: pos, end: c.at });
    pos = c.at + c.skip;
  }
  if (pos < title.length) pieces.push({ start: pos, end: title.length });
  return pieces
    .map((p) => trimPiece(title, p))
    .filter((p) => p.end > p.start);
}

function trimPiece(title: string, p: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = p;
  while (start < end && /\s/.test(title[start])) start++;
  while (end > start && /\s/.test(title[end - 1])) end--;
  return { start, end };
}

export interface TitleLanguage {
  /** `fr` when the title reads as French, `und` when there is nothing to judge, else the language found. */
  readonly language: LanguageGuess;
  readonly pieces: readonly TitlePiece[];
  /** The stretch of the title that is not French, when some is (offsets in the title). */
  readonly foreign?: { readonly start: number; readonly end: number; readonly language: LanguageCode };
}

// The title asked last and its answer: the title rules and the slug's suggestion ask for the same
// title in one analysis, and each answer runs the detector on every piece.
let lastTitle: string | undefined;
let lastLanguage: TitleLanguage | undefined;

/** Judges each piece of the title, so that an English instruction glued to a French title is found. */
export function identifyTitleLanguage(title: string): TitleLanguage {
  if (title !== lastTitle || !lastLanguage) {
    lastLanguage = judgeTitle(title);
    // Detached: a title sliced from a document would keep that whole version alive.
    lastTitle = detached(title);
  }
  return lastLanguage;
}

function judgeTitle(title: string): TitleLanguage {
  const pieces = splitTitle(title).map((p) => ({ ...p, language: identifyShortText(title.slice(p.start, p.end)) }));
  const foreign = pieces.filter((p) => p.language !== 'fr' && p.language !== 'und');
  const french = pieces.some((p) => p.language === 'fr');
  if (foreign.length === 0) return { language: french ? 'fr' : 'und', pieces };
  const language = majority(foreign);
  if (!french) {
    const whole = identifyShortText(title);
    if (whole === 'fr' || whole === 'und') return { language: whole, pieces };
    return { language: whole, pieces, foreign: { start: 0, end: title.length, language: whole } };
  }
  return {
    language: 'fr',
    pieces,
    foreign: { start: foreign[0].start, end: foreign[foreign.length - 1].end, language },
  };
}

function majority(pieces: readonly TitlePiece[]): LanguageCode {
  const counts = new Map<LanguageCode, number>();
  for (const p of pieces) {
    if (p.language === 'und' || p.language === 'fr') continue;
    counts.set(p.language, (counts.get(p.language) ?? 0) + (p.end - p.start));
  }
  let best: LanguageCode = 'en';
  let n = -1;
  for (const [lang, c] of counts) if (c > n) [best, n] = [lang, c];
  return best;
}
