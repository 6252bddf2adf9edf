import { continuesPrevious, opensNewTopic } from '../../french/paragraphOpenings';
import type { Unit } from './units';

/** Words on each side of a gap that the lexical comparison reads (TextTiling's block size). */
const WINDOW_WORDS = 120;
const WINDOW_UNITS = 4;

function addTerms(vector: Map<string, number>, terms: readonly string[]): void {
  for (const t of terms) vector.set(t, (vector.get(t) ?? 0) + 1);
}

/** The similarity at the gap before a unit, by the unit's terms, with the window it was read from. */
const gapMemo = new WeakMap<readonly string[], { readonly window: readonly (readonly string[])[]; readonly split: number; readonly sim: number }>();

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of a) {
    na += x * x;
    const y = b.get(t);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Lexical similarity across the gap before each unit (index 0 unused), windows of about WINDOW_WORDS words. */
export function gapSimilarities(units: readonly Unit[]): number[] {
  const sims = new Array<number>(units.length).fill(0);
  for (let i = 1; i < units.length; i++) {
    const window: (readonly string[])[] = [];
    for (let j = i - 1, w = 0, n = 0; j >= 0 && w < WINDOW_WORDS && n < WINDOW_UNITS; j--, n++) {
      window.push(units[j].terms);
      w += units[j].words;
    }
    const split = window.length;
    for (let j = i, w = 0, n = 0; j < units.length && w < WINDOW_WORDS && n < WINDOW_UNITS; j++, n++) {
      window.push(units[j].terms);
      w += units[j].words;
    }
    // A unit's terms are shared by the versions where it has the same blocks (units.ts): the same
    // window on both sides of a gap is the same similarity, found again instead of recounted.
    const known = gapMemo.get(units[i].terms);
    if (known && known.split === split && known.window.length === window.length && known.window.every((t, k) => t === window[k])) {
      sims[i] = known.sim;
      continue;
    }
    const left = new Map<string, number>();
    const right = new Map<string, number>();
    window.forEach((terms, k) => addTerms(k < split ? left : right, terms));
    sims[i] = cosine(left, right);
    gapMemo.set(units[i].terms, { window, split, sim: sims[i] });
  }
  return sims;
}

/** TextTiling depth: how far the similarity at a gap lies below the peaks on both sides. */
export function depthScores(sims: readonly number[]): number[] {
  const depth = new Array<number>(sims.length).fill(0);
  for (let i = 1; i < sims.length; i++) {
    let left = sims[i];
    for (let j = i - 1; j >= 1 && sims[j] >= left; j--) left = sims[j];
    let right = sims[i];
    for (let j = i + 1; j < sims.length && sims[j] >= right; j++) right = sims[j];
    depth[i] = left + right - 2 * sims[i];
  }
  return depth;
}

/** Standard scores of `values[1..]` (index 0 left at 0); all zeros when they do not vary. */
function standardize(values: readonly number[]): number[] {
  const xs = values.slice(1);
  if (xs.length === 0) return values.map(() => 0);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return values.map((v, i) => (i === 0 || sd === 0 ? 0 : (v - mean) / sd));
}

/** A short line with no final punctuation that reads like a heading someone forgot to mark. */
export function looksLikeHeading(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '' || t.length > 90 || /[.!?:;,…)»"]$/.test(t) || !/^\p{Lu}/u.test(t)) return false;
  const words = t.split(' ');
  return words.length >= 3 && words.length <= 10 && words.some((w) => /^\p{Ll}/u.test(w));
}

interface TextCues {
  readonly opensNewTopic: boolean;
  readonly continuesPrevious: boolean;
  readonly headingLike: boolean;
}

/** The cues read from a unit's first text, by the unit's terms (shared while its blocks are: units.ts). */
const textCueMemo = new WeakMap<readonly string[], TextCues>();

function textCues(unit: Unit): TextCues {
  let cues = textCueMemo.get(unit.terms);
  if (!cues) {
    const text = unit.firstText;
    cues = { opensNewTopic: opensNewTopic(text), continuesPrevious: continuesPrevious(text), headingLike: looksLikeHeading(text) };
    textCueMemo.set(unit.terms, cues);
  }
  return cues;
}

/** Share of the unit's names not met in the previous units of about one window (0 when it names none). */
function entityNovelty(units: readonly Unit[], i: number): number {
  const unit = units[i];
  if (unit.entities.size === 0) return 0;
  const seen = new Set<string>();
  for (let j = i - 1, w = 0; j >= 0 && w < WINDOW_WORDS * 2; j--) {
    for (const e of units[j].entities) seen.add(e);
    w += units[j].words;
  }
  let fresh = 0;
  for (const e of unit.entities) if (!seen.has(e)) fresh++;
  return fresh / unit.entities.size;
}

/** Weights of the cues, in log-odds of a boundary (see the README's evaluation section). */
export interface CueWeights {
  readonly depth: number;
  readonly topicShift: number;
  readonly continuation: number;
  readonly headingLike: number;
  readonly entities: number;
  readonly afterNonProse: number;
  readonly afterColon: number;
  readonly shortParagraph: number;
}

export const CUE_WEIGHTS: CueWeights = {
  depth: 1,
  topicShift: 0.4,
  continuation: 0.8,
  headingLike: 2,
  entities: 0.4,
  afterNonProse: 0.3,
  afterColon: 0.8,
  shortParagraph: 0.5,
};

/** Paragraphs shorter than this rarely open a section: they bridge or comment. */
const SHORT_PARAGRAPH_WORDS = 15;

/**
 * How strongly each gap (before unit i) looks like a topic boundary: lexical cohesion (TextTiling
 * depth, standardised) plus structural cues. Positive favours a cut, negative argues against one.
 */
export function boundaryStrengths(units: readonly Unit[], weights: CueWeights = CUE_WEIGHTS): number[] {
  const depth = standardize(depthScores(gapSimilarities(units)));
  return units.map((unit, i) => {
    if (i === 0) return 0;
    let s = weights.depth * Math.max(-1.5, Math.min(2.5, depth[i]));
    const cues = textCues(unit);
    if (cues.opensNewTopic) s += weights.topicShift;
    else if (cues.continuesPrevious) s -= weights.continuation;
    if (cues.headingLike) s += weights.headingLike;
    if (textCues(units[i - 1]).headingLike) s -= weights.headingLike;
    s += weights.entities * (entityNovelty(units, i) - 0.5);
    if (units[i - 1].hasNonProse) s += weights.afterNonProse;
    // A paragraph that announces a list or an example (« : ») is followed by text that goes on with it.
    if (/:\s*$/.test(units[i - 1].firstText.trim())) s -= weights.afterColon;
    if (unit.words < SHORT_PARAGRAPH_WORDS && !cues.headingLike) s -= weights.shortParagraph;
    return s;
  });
}
