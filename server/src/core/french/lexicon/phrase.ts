import { gendersAgree, numbersAgree, type Analysis } from './analysis';
import { analyses } from './lexicon';

/** The words of a short text (a heading, a title), elisions kept with their word (« d’images »). */
export function phraseWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*['’ʼ]?/gu) ?? [];
}

/** A word split from its elided article or preposition: « d’images » → « d’ », « images ». */
function splitElision(word: string): string[] {
  const m = /^([ldjmntsc]|qu|jusqu|lorsqu|puisqu)['’ʼ](.+)$/iu.exec(word);
  return m ? [`${m[1]}'`, m[2]] : [word];
}

/** The words of a phrase with elisions split (« l’ », « image »). */
export function phraseTokens(text: string): string[] {
  return phraseWords(text).flatMap(splitElision);
}

const FUNCTION_POS = new Set(['determiner', 'preposition', 'conjunction']);
/** Pronouns that cannot end a noun phrase: subjects, clitics and relatives. */
const HANGING_PRONOUNS = new Set(['je', "j'", 'tu', 'il', 'elle', 'on', 'ils', 'elles', 'me', "m'", 'te', "t'", 'se', "s'", 'y', "c'", 'qui', 'dont', 'que', "qu'", 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'leur']);

/** Why a word cannot end a heading or a title: it is a function word or only a conjugated verb. */
export function badEnding(word: string): 'verb' | 'preposition' | 'determiner' | 'conjunction' | 'pronoun' | undefined {
  const w = word.toLowerCase().replace(/[’ʼ]/g, "'");
  if (/^\p{N}/u.test(w)) return undefined;
  const all = analyses(w);
  // A function word stays one even when the Lefff also lists it as a noun (« le pour et le contre »).
  const fn = all.find((a) => FUNCTION_POS.has(a.pos));
  // …unless it is also an adjective or participle that can close a phrase (« les choix suivants », « des props différentes »).
  if (fn && !(fn.pos !== 'conjunction' && all.some((a) => a.pos === 'adjective' || a.pos === 'pastParticiple' || a.pos === 'presentParticiple'))) {
    return fn.pos as 'preposition' | 'determiner' | 'conjunction';
  }
  if (HANGING_PRONOUNS.has(w)) return 'pronoun';
  if (all.length > 0 && all.every((a) => a.pos === 'verb' || a.pos === 'pronoun' || a.pos === 'adverb') && all.some((a) => a.pos === 'verb')) return 'verb';
  return undefined;
}

/** The broken ending of a heading or title, if any (its last word; a final « ? » or « ! » is fine). */
export function brokenEnding(text: string): string | undefined {
  const words = phraseTokens(text);
  const last = words[words.length - 1];
  if (!last) return undefined;
  // A question ends on a pronoun by inversion (« Comment s’y prendre ? », « Que faut-il ? »).
  if (/\?\s*$/.test(text)) return undefined;
  // « … et d’expliquer »: an infinitive joined by « et » and a preposition starts a second clause.
  const [conj, prep] = [words[words.length - 3], words[words.length - 2]];
  if (conj && prep && analyses(conj).some((a) => a.pos === 'conjunction') && analyses(prep).some((a) => a.pos === 'preposition') && isOnlyInfinitive(last)) return 'verb';
  return badEnding(last);
}

function isOnlyInfinitive(word: string): boolean {
  const all = analyses(word);
  return all.length > 0 && all.every((a) => a.pos === 'infinitive' || a.pos === 'verb');
}

const NOMINAL = new Set(['noun', 'adjective', 'pastParticiple']);

function nominal(word: string): Analysis[] {
  return analyses(word).filter((a) => NOMINAL.has(a.pos));
}

function determiner(word: string): Analysis[] {
  return analyses(word).filter((a) => a.pos === 'determiner');
}

function agree(a: readonly Analysis[], b: readonly Analysis[]): boolean {
  return a.some((x) => b.some((y) => gendersAgree(x.gender, y.gender) && numbersAgree(x.number, y.number)));
}

/**
 * Agreement errors inside a noun phrase, by the lexicon: a determiner and the noun or adjective that
 * follows it, a noun and the adjective or participle right after it (« gestion d’images optimisés »).
 * Only words the lexicon knows are judged, and a pair passes when any of their readings agree.
 * Returns the pairs that cannot agree.
 */
export function agreementErrors(text: string): [string, string][] {
  // Each part of a title or sentence (« Sujet : angle ») is a phrase of its own.
  return text.split(/\s*[?!:;|—–()«»"“”]\s*/u).flatMap((part) => segmentErrors(phraseTokens(part)));
}

function segmentErrors(words: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    // Names and acronyms (« PDF », « API »): their gender and number are not the lexicon's.
    if ((i + 1 > 0 && /^\p{Lu}/u.test(b)) || /^\p{Lu}{2,}/u.test(a)) continue;
    const det = determiner(a);
    const right = nominal(b);
    if (right.length === 0) continue;
    // « de », « d’ » take any noun; elided « l’ » any singular one.
    if (det.length > 0 && det.every((d) => d.number !== 'i')) {
      if (analyses(a).some((x) => x.pos === 'preposition' || x.pos === 'pronoun')) continue; // « des » is also « de les », « leur » a pronoun
      if (!agree(det, right)) out.push([a, b]);
      continue;
    }
    const left = analyses(a).filter((x) => x.pos === 'noun');
    // After a determiner or a preposition a word is nominal (« d’images »: not the verb « imager »).
    const afterDeterminer = i > 0 && analyses(words[i - 1]).some((x) => x.pos === 'determiner' || x.pos === 'preposition');
    if (left.length === 0 || (!afterDeterminer && analyses(a).some((x) => x.pos !== 'noun' && x.pos !== 'adjective'))) continue;
    const adjectives = right.filter((x) => x.pos === 'adjective' || x.pos === 'pastParticiple');
    // The next word must be only an adjective or participle here: a noun after a noun is an apposition.
    if (adjectives.length === 0 || analyses(b).some((x) => x.pos === 'noun' || x.pos === 'verb' || x.pos === 'preposition')) continue;
    if (agree(left, adjectives)) continue;
    // « niveaux d’activité élevés »: after a complement, the adjective may agree with the head noun.
    if (complementHeads(words, i).some((h) => h === undefined || agree(h, adjectives))) continue;
    out.push([a, b]);
  }
  return out;
}

/**
 * When the noun at `i` is the complement of an earlier one (« communiqué de presse », « API à
 * l’exécution »), the nominal readings of the nouns it depends on (undefined for a word the lexicon
 * cannot judge: a name, an acronym, an unknown word).
 */
function complementHeads(words: readonly string[], i: number): (Analysis[] | undefined)[] {
  const out: (Analysis[] | undefined)[] = [];
  let j = i - 1;
  while (j >= 0) {
    const w = words[j];
    const readings = analyses(w);
    if (readings.some((x) => x.pos === 'determiner') && !readings.some((x) => x.pos === 'preposition')) {
      j--;
      continue;
    }
    if (!readings.some((x) => x.pos === 'preposition')) break;
    // The word before the preposition is a head this complement depends on.
    const head = words[j - 1];
    if (head === undefined) break;
    const nouns = analyses(head).filter((x) => x.pos === 'noun' || x.pos === 'adjective' || x.pos === 'pastParticiple');
    out.push((j - 1 > 0 && /^\p{Lu}/u.test(head)) || /^\p{Lu}{2,}/u.test(head) || nouns.length === 0 ? undefined : nouns);
    j -= 2;
  }
  // Words that are not nouns before the complement (« open source ») make the attachment unclear.
  if (i > 0 && out.length === 0 && analyses(words[i - 1]).length === 0) out.push(undefined);
  return out;
}
