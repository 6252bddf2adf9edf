import type { Article } from '../../article/model';
import type { TextEdit } from '../../base/edit';
import { boundaryStrengths, CUE_WEIGHTS, type CueWeights } from './cues';
import { nameSections } from './names';
import { SEGMENT_PRIORS, segmentStretch, type SegmentPriors } from './segment';
import { buildUnits } from './units';

/** A heading « insert subheadings » would add. */
export interface OutlineEntry {
  /** Start of the line before which the heading goes. */
  readonly offset: number;
  readonly level: number;
  readonly text: string;
}

/** Overrides of the model's constants, for the evaluation script only. */
export interface OutlineTuning {
  readonly cues?: Partial<CueWeights>;
  readonly priors?: Partial<SegmentPriors>;
}

/** The level of new headings under a heading of `parent` level (0: before any heading). */
function childLevel(parent: number): number {
  if (parent <= 1) return 2;
  if (parent === 2) return 3;
  return parent;
}

/**
 * The headings to insert: every stretch without a heading that is longer than `maxWords` is split
 * into sections by lexical cohesion, structural cues and a length prior, and each new section is
 * named from its salient terms. Existing headings are kept; the first paragraph of the article (the
 * introduction) never gets one.
 */
export function computeOutline(article: Article, maxWords: number, tuning: OutlineTuning = {}): OutlineEntry[] {
  const { units, stretches } = buildUnits(article);
  if (units.length < 2) return [];
  const strengths = boundaryStrengths(units, { ...CUE_WEIGHTS, ...tuning.cues });
  const priors = { ...SEGMENT_PRIORS, ...tuning.priors };
  const entries: { unit: number; end: number; level: number }[] = [];
  for (const stretch of stretches) {
    if (stretch.words <= maxWords) continue;
    const cuts = segmentStretch(units, stretch, strengths, priors);
    cuts.forEach((cut, k) => entries.push({ unit: cut, end: cuts[k + 1] ?? stretch.unitEnd, level: childLevel(stretch.parentLevel) }));
  }
  if (entries.length === 0) return [];
  const names = nameSections(
    article,
    units,
    entries.map((e) => ({ from: e.unit, to: e.end })),
    article.headings.map((h) => h.text),
  );
  const out: OutlineEntry[] = [];
  entries.forEach((e, k) => {
    const text = names[k];
    if (text) out.push({ offset: units[e.unit].offset, level: e.level, text });
  });
  return out;
}

/** The line break the document uses (CRLF when its first line break is one). */
export function lineBreakOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
}

/** Pure insertions, one per heading: `## Text`, then a blank line, at the start of the paragraph's line. */
export function outlineEdits(text: string, outline: readonly OutlineEntry[]): TextEdit[] {
  const eol = lineBreakOf(text);
  return outline.map((e) => ({ start: e.offset, end: e.offset, newText: `${'#'.repeat(e.level)} ${e.text}${eol}${eol}` }));
}
