import type { Article } from '../../article/model';
import type { TextEdit } from '../../base/edit';
import { boundaryStrengths, CUE_WEIGHTS, type CueWeights } from './cues';
import { nameSections } from './names';
import { SEGMENT_PRIORS, segmentStretch, type SegmentPriors } from './segment';
import { buildUnits, type Unit } from './units';
import { looksLikeHeading } from './cues';
import { phrasePasses } from '../checklist';
import { isKnownWord } from '../../french/lexicon/lexicon';
import { sectionQuestion } from './questions';
import type { SubheadingForm } from '../../config/settings';

/** A paragraph of one short line that reads as a heading and stands alone between blank lines. */
function pseudoHeading(article: Article, unit: Unit): string | undefined {
  const block = article.blocks[unit.blockStart];
  if (block.kind !== 'paragraph' || unit.blockEnd - unit.blockStart !== 1) return undefined;
  const raw = article.text.slice(block.span.start, block.span.end);
  if (/[\r\n]/.test(raw.trim()) || /[[\]`*_<>|#]/.test(raw)) return undefined;
  const line = raw.trim();
  if (!looksLikeHeading(line) || !phrasePasses(line)) return undefined;
  // French words the lexicon knows, not a caption, a credit or scraping debris (« Source link -57 »).
  const words: string[] = line.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  // A capitalised word inside the line is a name: known by its capital.
  const known = words.filter((w, i) => (i > 0 && /^\p{Lu}/u.test(w)) || isKnownWord(w.replace(/^\p{L}['’]/u, ''))).length;
  return known / Math.max(1, words.length) >= 0.75 && !/\s-\d/.test(line) ? line : undefined;
}

/** A heading « insert subheadings » would add. */
export interface OutlineEntry {
  /** Start of the line before which the heading goes. */
  readonly offset: number;
  readonly level: number;
  readonly text: string;
  /**
   * `promote`: the line at `offset` already reads as a heading (« Les startups en difficulté »); it
   * becomes one (`## ` put before it) instead of getting a heading stacked above it.
   */
  readonly kind?: 'insert' | 'promote';
  /** The question the section answers, when it says so (the heading's other form). */
  readonly question?: string;
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
export function computeOutline(article: Article, maxWords: number, tuning: OutlineTuning = {}, space = '\u202f'): OutlineEntry[] {
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
  // Lines that already read as headings inside the long stretches are promoted; a cut on them or right
  // after them would stack a second heading.
  const promoted = new Map<number, string>();
  for (const stretch of stretches) {
    if (stretch.words <= maxWords) continue;
    for (let u = Math.max(1, stretch.unitStart); u < stretch.unitEnd; u++) {
      const line = pseudoHeading(article, units[u]);
      if (line) promoted.set(u, line);
    }
  }
  for (let k = entries.length - 1; k >= 0; k--) {
    const u = entries[k].unit;
    if (promoted.has(u) || promoted.has(u - 1) || promoted.has(u + 1)) entries.splice(k, 1);
  }
  const promotions: OutlineEntry[] = [...promoted].map(([u, text]) => ({ offset: units[u].offset, level: childLevel(stretchParent(stretches, u)), text, kind: 'promote' }));
  if (entries.length === 0) return promotions;
  const names = nameSections(
    article,
    units,
    entries.map((e) => ({ from: e.unit, to: e.end })),
    article.headings.map((h) => h.text),
  );
  const out: OutlineEntry[] = [...promotions];
  entries.forEach((e, k) => {
    const text = names[k];
    const question = sectionQuestion(article, units, e.unit, e.end, space);
    if (text) out.push({ offset: units[e.unit].offset, level: e.level, text, ...(question ? { question } : {}) });
    else if (question) out.push({ offset: units[e.unit].offset, level: e.level, text: question, question });
  });
  return out.sort((a, b) => a.offset - b.offset);
}

function stretchParent(stretches: readonly { unitStart: number; unitEnd: number; parentLevel: number }[], unit: number): number {
  return stretches.find((s) => unit >= s.unitStart && unit < s.unitEnd)?.parentLevel ?? 1;
}

/** The line break the document uses (CRLF when its first line break is one). */
export function lineBreakOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
}

/** Pure insertions, one per heading: `## Text`, then a blank line, at the start of the paragraph's line. */
export function outlineEdits(text: string, outline: readonly OutlineEntry[], form: SubheadingForm = 'noun'): TextEdit[] {
  const eol = lineBreakOf(text);
  return outline.map((e) =>
    e.kind === 'promote'
      ? { start: e.offset, end: e.offset, newText: `${'#'.repeat(e.level)} ` }
      : { start: e.offset, end: e.offset, newText: `${'#'.repeat(e.level)} ${form === 'question' ? (e.question ?? e.text) : e.text}${eol}${eol}` },
  );
}
