import type { Stretch, Unit } from './units';

/**
 * Length prior of a section, in words: sections of 150–350 words read best (Plume's own
 * recommendation); introductions are shorter.
 */
export interface LengthPrior {
  readonly mean: number;
  readonly spread: number;
}

/** Log-normal priors: `mean` is the typical length in words, `spread` the standard deviation of its logarithm. */
export interface SegmentPriors {
  readonly section: LengthPrior;
  readonly intro: LengthPrior;
  /** Weight of the length cost against the cues. */
  readonly lengthWeight: number;
}

export const SEGMENT_PRIORS: SegmentPriors = {
  section: { mean: 250, spread: 0.5 },
  intro: { mean: 100, spread: 0.7 },
  lengthWeight: 0.5,
};

function lengthCost(words: number, prior: LengthPrior, weight: number): number {
  const z = Math.log(Math.max(words, 10) / prior.mean) / prior.spread;
  return weight * z * z;
}

/**
 * Splits a stretch into sections by dynamic programming: the cost of a segmentation is the sum of
 * each section's length cost minus the strength of each cut. Every cost is local to one section or
 * one gap, so the best split of a section found here is the section itself: running it again on the
 * result adds nothing. Returns the units (indexes) before which a heading goes.
 */
export function segmentStretch(units: readonly Unit[], stretch: Stretch, strengths: readonly number[], priors: SegmentPriors = SEGMENT_PRIORS): number[] {
  const { unitStart: from, unitEnd: to } = stretch;
  const intro = stretch.parentLevel === 0;
  const best = new Array<number>(to + 1).fill(Infinity);
  const back = new Array<number>(to + 1).fill(-1);
  best[from] = 0;
  const prefix = [0];
  for (let i = from; i < to; i++) prefix.push(prefix[prefix.length - 1] + units[i].words);
  const wordsBetween = (i: number, j: number): number => prefix[j - from] - prefix[i - from];
  for (let j = from + 1; j <= to; j++) {
    for (let i = from; i < j; i++) {
      if (i > from && !units[i].startsWithParagraph) continue;
      if (best[i] === Infinity) continue;
      const words = wordsBetween(i, j);
      const cost = best[i] + lengthCost(words, intro && i === from ? priors.intro : priors.section, priors.lengthWeight) - (i > from ? strengths[i] : 0);
      if (cost < best[j]) {
        best[j] = cost;
        back[j] = i;
      }
    }
  }
  const cuts: number[] = [];
  for (let j = to; j > from; j = back[j]) if (back[j] > from) cuts.push(back[j]);
  return cuts.reverse();
}
