import { boundedMemo } from '../../base/memo';
import type { Analysis, GrammaticalNumber, Gender, PartOfSpeech } from './analysis';
import { closedClass } from './closed';

/**
 * Plume's French lexicon: every inflected form of the Lefff's nouns, adjectives and verbs (~400,000
 * forms, LGPL-LR), with part of speech, gender, number and lemma, plus the closed classes of the
 * grammar (closed.ts). The data is one front-coded string (scripts/lib/lexicon-data.mjs); it is read
 * in place: loading only notes where the fully spelt lines start, and a look-up scans one block.
 */
interface Loaded {
  readonly data: string;
  /** Offsets of the lines that spell their form in full, in sorted order of their forms. */
  readonly restarts: Int32Array;
}

let loaded: Loaded | undefined;
let loadMs = 0;

function load(): Loaded {
  if (!loaded) {
    const t0 = Date.now();
    // A literal require so that esbuild bundles the module but evaluates it only here.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { LEXICON_DATA: data } = require('plume-french-lexicon') as { LEXICON_DATA: string };
    const restarts: number[] = [];
    let at = 0;
    while (at < data.length) {
      if (data.charCodeAt(at) === 48) restarts.push(at);
      const nl = data.indexOf('\n', at);
      at = nl === -1 ? data.length : nl + 1;
    }
    loaded = { data, restarts: Int32Array.from(restarts) };
    loadMs = Date.now() - t0;
  }
  return loaded;
}

/** Whether the lexicon is in memory, and how long loading it took (for measurements). */
export function lexiconLoadStats(): { loaded: boolean; ms: number; bytes: number } {
  return { loaded: loaded !== undefined, ms: loadMs, bytes: loaded ? loaded.data.length : 0 };
}

/** The form spelt in full on the line at `offset`. */
function fullForm(data: string, offset: number): string {
  return data.slice(offset + 1, data.indexOf('\t', offset));
}

const POS: Record<string, PartOfSpeech> = { N: 'noun', A: 'adjective', W: 'infinitive', K: 'pastParticiple', G: 'presentParticiple' };

function decode(form: string, field: string): Analysis[] {
  const out: Analysis[] = [];
  for (const a of field.split(',')) {
    const verb = /^V([A-Z]+)([sp])(\d*)(.*)$/.exec(a);
    const other = verb ? undefined : /^([NAWKG])([mfe])([spi])(\d*)(.*)$/.exec(a);
    const m = verb ?? other;
    if (!m) continue;
    const strip = m[verb ? 3 : 4] === '' ? 0 : Number(m[verb ? 3 : 4]);
    const chars = [...form];
    const lemma = chars.slice(0, chars.length - strip).join('') + m[verb ? 4 : 5];
    if (verb) out.push({ pos: 'verb', gender: 'e', number: verb[2] as GrammaticalNumber, lemma, tenses: verb[1] });
    else if (other) out.push({ pos: POS[other[1]], gender: other[2] as Gender, number: other[3] as GrammaticalNumber, lemma });
  }
  return out;
}

/** The open-class analyses of a lower-case form, from the data. */
function openClass(form: string): Analysis[] {
  const { data, restarts } = load();
  // The last restart whose form is ≤ form.
  let lo = 0;
  let hi = restarts.length - 1;
  if (hi < 0 || fullForm(data, restarts[0]) > form) return [];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fullForm(data, restarts[mid]) <= form) lo = mid;
    else hi = mid - 1;
  }
  let at = restarts[lo];
  const end = lo + 1 < restarts.length ? restarts[lo + 1] : data.length;
  let previous = '';
  while (at < end) {
    const tab = data.indexOf('\t', at);
    const nl = data.indexOf('\n', tab);
    const lineEnd = nl === -1 ? data.length : nl;
    const current = previous.slice(0, data.charCodeAt(at) - 48) + data.slice(at + 1, tab);
    if (current === form) return decode(form, data.slice(tab + 1, lineEnd));
    if (current > form) return [];
    previous = current;
    at = lineEnd + 1;
  }
  return [];
}

const lookupMemo = boundedMemo((word: string): readonly Analysis[] => {
  const form = word.toLowerCase().replace(/[’ʼ]/g, "'");
  const closed = closedClass(form);
  const open = /^\p{L}/u.test(form) ? openClass(form) : [];
  return closed.length === 0 ? open : [...closed, ...open];
});

/** Every reading of a word (case and apostrophe folded); empty for words the lexicon does not know. */
export function analyses(word: string): readonly Analysis[] {
  return lookupMemo(word);
}

/** Whether the lexicon knows the word. */
export function isKnownWord(word: string): boolean {
  return analyses(word).length > 0;
}

/** Whether some reading of the word has one of these parts of speech. */
export function canBe(word: string, ...pos: PartOfSpeech[]): boolean {
  return analyses(word).some((a) => pos.includes(a.pos));
}

/** Whether every reading of a known word has one of these parts of speech. */
export function isOnly(word: string, ...pos: PartOfSpeech[]): boolean {
  const all = analyses(word);
  return all.length > 0 && all.every((a) => pos.includes(a.pos));
}

/** The lemmas of a word's readings as `pos` (empty when it has none). */
export function lemmasAs(word: string, pos: PartOfSpeech): string[] {
  return [...new Set(analyses(word).filter((a) => a.pos === pos).map((a) => a.lemma))];
}
