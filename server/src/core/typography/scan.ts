import type { TextEdit } from '../base/edit';
import { runSteps, type Steps } from '../base/steps';
import type { Finding, FindingOf } from '../base/finding';
import { blockTokens, type BlockToken } from '../article/blockMemo';
import { detached } from '../base/memo';
import type { Article } from '../article/model';
import type { Span } from '../base/span';
import { wordCharWidth } from '../base/letters';
import type { TypographySettings } from '../config/settings';
import { frontMatterEditIsSafe, isFrenchArticle, proseMap, type ProseSegment } from './prose';

export const TYPO_RULE_IDS = ['typo-nbsp', 'typo-quotes', 'typo-apostrophe', 'typo-ellipsis', 'typo-spaces'] as const;
export type TypoRuleId = (typeof TYPO_RULE_IDS)[number];

/** What a typography finding carries: the edits that fix it (fix-all joins them). */
export type TypographyData = { readonly edits: readonly TextEdit[] };
export type TypographyFinding = FindingOf<TypoRuleId, TypographyData>;

/** Whether a finding is a typography rule's, with its edits. */
export function isTypographyFinding(finding: Finding): finding is TypographyFinding {
  return TYPO_RULE_IDS.some((id) => id === finding.ruleId) && finding.data !== undefined;
}

/** What is wrong, for the message. */
export type TypoProblem =
  | { kind: 'nbspBefore' | 'nbspAfter'; mark: string; missing: boolean }
  | { kind: 'quotes' }
  | { kind: 'apostrophe'; to: '’' | "'" }
  | { kind: 'ellipsis' }
  | { kind: 'doubleSpace' }
  | { kind: 'spaceBefore'; mark: string };

export interface TypoIssue {
  readonly rule: TypoRuleId;
  readonly span: Span;
  readonly edits: readonly TextEdit[];
  readonly problem: TypoProblem;
}

const NNBSP = '\u202f';
const NBSP = '\u00a0';

function isNoBreak(c: string): boolean {
  return c === NBSP || c === NNBSP;
}
/** Horizontal spaces typography may replace or remove (tabs are left alone: they may align). */
function isHSpace(c: string): boolean {
  return c === ' ' || c === '\u2009' || c === NBSP || c === NNBSP;
}
/** `isHSpace` on a code unit: the scans test every character, this without making a string of it. */
function isHSpaceCode(c: number): boolean {
  return c === 32 || c === 0x2009 || c === 0xa0 || c === 0x202f;
}
/** `; : ! ? » «`: the marks the no-break space rule looks at. */
function isNbspMark(c: number): boolean {
  return c === 59 || c === 58 || c === 33 || c === 63 || c === 0xbb || c === 0xab;
}
function isBreak(c: string | undefined): boolean {
  return c === undefined || c === '\n' || c === '\r';
}
function isWhite(c: string | undefined): boolean {
  if (c === undefined) return false;
  // ASCII (almost every character tested) without the regular expression: tab to CR, and the space.
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(c);
}

/** Marks after which a missing no-break space may be inserted before `; : ! ? »`. */
const CLOSERS = new Set([')', ']', '»', '"', '”', '’', '*', '_', '`', '~']);
/** What may follow `; : ! ?` used as punctuation (a letter right after means a URL, a time, code…). */
const AFTER_PUNCT = new Set([')', ']', '»', '"', '”', '’', "'", '*', '_', '.', ',', '!', '?', '…', '~', '`']);
const EMOTICON = /^[:;]['-]?[()DPpOo3|\\/[\]]/;
const ELISIONS = /(?:^|[^\p{L}])(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu)$/u;

interface Scanner {
  readonly text: string;
  readonly prose: Uint8Array;
  readonly settings: TypographySettings;
  readonly issues: TypoIssue[];
  /** Positions already edited: a later rule never edits them again (claims keep fixes disjoint). */
  readonly claimed: Uint8Array;
  readonly inserts: Set<number>;
  /** Per needle, the last search: from `from`, the first occurrence is `at` (-1: none). */
  readonly found: Map<string, { from: number; at: number }>;
}

/**
 * `text.indexOf(needle, from)`, remembering the answer: segments come in order, and a search that
 * ran past a segment's end answers the next segments' searches too (one pass over the text in all,
 * not one per segment).
 */
function find(s: Scanner, needle: string, from: number): number {
  const last = s.found.get(needle);
  if (last && from >= last.from && (last.at < 0 || from <= last.at)) return last.at;
  const at = s.text.indexOf(needle, from);
  s.found.set(needle, { from, at });
  return at;
}

function isProse(s: Scanner, i: number): boolean {
  return i >= 0 && i < s.text.length && s.prose[i] === 1;
}
function isWord(s: Scanner, i: number): boolean {
  return i >= 0 && i < s.text.length && wordCharWidth(s.text, i) > 0;
}

function add(s: Scanner, issue: TypoIssue): void {
  for (const e of issue.edits) {
    if (e.start === e.end) {
      if (s.inserts.has(e.start) || (e.start > 0 && s.claimed[e.start - 1] === 1 && s.claimed[e.start] === 1)) return;
    } else {
      for (let i = e.start; i < e.end; i++) if (s.claimed[i] === 1) return;
      for (const p of s.inserts) if (p > e.start && p < e.end) return;
    }
  }
  for (const e of issue.edits) {
    if (e.start === e.end) s.inserts.add(e.start);
    else s.claimed.fill(1, e.start, e.end);
  }
  s.issues.push(issue);
}

function spaceChar(s: Scanner): string {
  return s.settings.space === 'regular' ? NBSP : s.settings.space === 'narrow' ? NNBSP : ' ';
}

/** The no-break space to keep for a run of spaces: the writer's own when there is one. */
function runReplacement(s: Scanner, start: number, end: number): string {
  for (let i = start; i < end; i++) if (isNoBreak(s.text[i])) return s.text[i];
  return spaceChar(s);
}

/** Straight double quotes paired within a segment → « … » with no-break spaces inside. */
function scanQuotes(s: Scanner, seg: Span): void {
  const { text } = s;
  const pairs: [number, number][] = [];
  let open = -1;
  for (let i = seg.start; i < seg.end; i++) {
    if (text.charCodeAt(i) !== 34 || !isProse(s, i)) continue;
    const prev = i > seg.start ? text[i - 1] : undefined;
    const next = i + 1 < seg.end ? text[i + 1] : undefined;
    // Right after « a straight quote opens the second level (« "mot" … »), with or without a space.
    const canOpen = (prev === undefined || isWhite(prev) || '([{—–/«'.includes(prev) || !isProse(s, i - 1)) && next !== undefined && !isWhite(next);
    const canClose = prev !== undefined && !isWhite(prev) && (next === undefined || isWhite(next) || '.,;:!?)]}…'.includes(next) || !isProse(s, i + 1));
    if (open < 0 && canOpen) open = i;
    else if (open >= 0 && canClose) {
      pairs.push([open, i]);
      open = -1;
    } else return; // unbalanced or ambiguous (inches, code-like text): leave the whole segment alone
  }
  if (open >= 0) return;
  const space = spaceChar(s);
  for (const [o, c] of pairs) {
    const inner = text.slice(o + 1, c);
    if (!/\p{L}/u.test(inner) || inner.includes('\n\n')) continue;
    let a = o + 1;
    while (a < c && isHSpace(text[a]) && isProse(s, a)) a++;
    let b = c;
    while (b > a && isHSpace(text[b - 1]) && isProse(s, b - 1)) b--;
    // Inside « … », quotes of the second level are “ … ”, with no space.
    const before = text.slice(seg.start, o);
    const nested = before.split('«').length - before.split('»').length > 0;
    add(s, {
      rule: 'typo-quotes',
      span: { start: o, end: c + 1 },
      edits: nested
        ? [
            { start: o, end: a, newText: '“' },
            { start: b, end: c + 1, newText: '”' },
          ]
        : [
            { start: o, end: a, newText: `«${space}` },
            { start: b, end: c + 1, newText: `${space}»` },
          ],
      problem: { kind: 'quotes' },
    });
  }
}

/** No-break space before `; : ! ? »` and after `«`. */
function scanNbsp(s: Scanner, seg: Span): void {
  const { text } = s;
  for (let i = seg.start; i < seg.end; i++) {
    if (!isNbspMark(text.charCodeAt(i)) || !isProse(s, i)) continue;
    const c = text[i];
    if (c === '«') {
      let j = i + 1;
      while (j < seg.end && isHSpace(text[j]) && isProse(s, j)) j++;
      if (j >= seg.end || isBreak(text[j]) || text[j] === '»') continue;
      if (j === i + 2 && isNoBreak(text[i + 1])) continue;
      if (j > i + 1) {
        add(s, { rule: 'typo-nbsp', span: { start: i, end: j }, edits: [{ start: i + 1, end: j, newText: runReplacement(s, i + 1, j) }], problem: { kind: 'nbspAfter', mark: c, missing: false } });
      } else if (isWord(s, j) || '"*_`['.includes(text[j])) {
        add(s, { rule: 'typo-nbsp', span: { start: i, end: i + 1 }, edits: [{ start: i + 1, end: i + 1, newText: spaceChar(s) }], problem: { kind: 'nbspAfter', mark: c, missing: true } });
      }
      continue;
    }
    if (c === ';' && /&#?\w+$/.test(text.slice(Math.max(0, i - 10), i))) continue; // &nbsp; &#8230;
    if (c === ':' && text[i - 1] === ']' && /^[ \t]*\[[^\]]*\]$/.test(lineBefore(text, i))) continue; // [^1]: footnote
    if (c === ':' && /:[\w+-]+$/.test(lineBefore(text, i))) continue; // :rocket: shortcode
    if (c !== '»') {
      const next = i + 1 < seg.end ? text[i + 1] : undefined;
      const nextProse = isProse(s, i + 1);
      if (next !== undefined && nextProse && !isWhite(next) && !AFTER_PUNCT.has(next)) continue; // 10:30, ?id=, std::, a:b
      if ((c === ':' || c === ';') && nextProse && EMOTICON.test(text.slice(i, i + 4))) continue;
    }
    let j = i;
    while (j > seg.start && isHSpace(text[j - 1]) && isProse(s, j - 1)) j--;
    const before = j > seg.start ? text[j - 1] : undefined;
    if (before === undefined || isBreak(before) || before === '\t') continue; // at the start of a line
    // The space after a heading's « ## » or a list's « - » is Markdown syntax: a no-break space there
    // would turn the heading or the item into a paragraph.
    if (j < i && /^[ \t]*(?:#{1,6}|[-*+]|\d{1,9}[.)])$/.test(lineBefore(text, j))) continue;
    if (j < i) {
      if (j === i - 1 && isNoBreak(text[j])) continue;
      if (c === '»' && before === '«') continue;
      add(s, { rule: 'typo-nbsp', span: { start: j, end: i + 1 }, edits: [{ start: j, end: i, newText: runReplacement(s, j, i) }], problem: { kind: 'nbspBefore', mark: c, missing: false } });
      continue;
    }
    // Insert a missing space only after a word or a closing mark, never after punctuation (« ?! », « …? »).
    if (!(isWord(s, i - 1) || CLOSERS.has(before) || (c === '»' && '.!?…'.includes(before)))) continue;
    if (!isProse(s, i - 1) && !'*_`)]~'.includes(before)) continue;
    if (opensAt(s, seg, i - 1)) continue;
    add(s, { rule: 'typo-nbsp', span: { start: i, end: i + 1 }, edits: [{ start: i, end: i, newText: spaceChar(s) }], problem: { kind: 'nbspBefore', mark: c, missing: true } });
  }
}

/** The text from the start of the line of `i` up to `i`. */
function lineBefore(text: string, i: number): string {
  return text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
}

/**
 * Whether the mark at `end` (« ** », « _ », « " ») opens rather than closes. A space inserted after an opening emphasis mark ends the
 * emphasis (« **;** » → « ** ;** »), and after an opening straight quote it doubles the one the
 * quotes fix writes there (« "; » → « « ; »): the text would change on a second fix-all.
 */
function opensAt(s: Scanner, seg: Span, end: number): boolean {
  const { text } = s;
  const mark = text[end];
  if (mark === '"') return end === seg.start || isWhite(text[end - 1]);
  if (mark !== '*' && mark !== '_' && mark !== '~') return false;
  let k = end;
  while (k > seg.start && text[k - 1] === mark) k--;
  // A closing run follows the emphasised text (« **non**; »); after a space, a line's start or
  // punctuation (« `**;** », CommonMark's left-flanking run) it opens.
  return k === seg.start || !isWord(s, k - 1);
}

function scanEllipsis(s: Scanner, seg: Span): void {
  const { text } = s;
  for (let i = find(s, '...', seg.start); i >= 0 && i + 3 <= seg.end; i = find(s, '...', i + 3)) {
    if (!isProse(s, i) || !isProse(s, i + 1) || !isProse(s, i + 2)) continue;
    if (text[i - 1] === '.' || text[i + 3] === '.') {
      while (text[i + 3] === '.') i++;
      continue;
    }
    if (isWord(s, i + 3)) continue; // « ...props », « a...b »: not an ellipsis, or not sure
    add(s, { rule: 'typo-ellipsis', span: { start: i, end: i + 3 }, edits: [{ start: i, end: i + 3, newText: '…' }], problem: { kind: 'ellipsis' } });
  }
}

function scanApostrophes(s: Scanner, seg: Span): void {
  const pref = s.settings.apostrophe;
  if (pref === 'off') return;
  const from = pref === 'typographic' ? "'" : '’';
  const to = pref === 'typographic' ? '’' : "'";
  const { text } = s;
  for (let i = find(s, from, seg.start); i >= 0 && i < seg.end; i = find(s, from, i + 1)) {
    if (!isProse(s, i) || !isWord(s, i - 1) || !isProse(s, i - 1)) continue;
    const next = text[i + 1];
    const elided = next !== undefined && '*_`['.includes(next) && ELISIONS.test(text.slice(Math.max(seg.start, i - 8), i));
    if (!(isWord(s, i + 1) && isProse(s, i + 1)) && !elided) continue;
    add(s, { rule: 'typo-apostrophe', span: { start: i, end: i + 1 }, edits: [{ start: i, end: i + 1, newText: to }], problem: { kind: 'apostrophe', to } });
  }
}

/** How many dots end the text before `end`. */
function dotsBefore(text: string, end: number): number {
  let k = end;
  while (k > 0 && text[k - 1] === '.') k--;
  return end - k;
}

/** Double spaces, and a space before a comma or a full stop. */
function scanSpaces(s: Scanner, seg: Span): void {
  const { text } = s;
  const nbspOn = s.settings.space !== 'off';
  for (let i = seg.start; i < seg.end; i++) {
    if (!isHSpaceCode(text.charCodeAt(i)) || !isProse(s, i)) continue;
    const start = i;
    while (i < seg.end && isHSpace(text[i]) && isProse(s, i)) i++;
    const end = i;
    i--;
    if (start === seg.start || end >= seg.end) continue;
    const before = text[start - 1];
    const after = text[end];
    if (isWhite(before) || isWhite(after) || !isProse(s, start - 1) || !isProse(s, end)) continue;
    if (nbspOn && (';:!?»'.includes(after) || before === '«')) continue; // the no-break space rule owns these
    if ((after === ',' || after === '.') && !'«(['.includes(before)) {
      const next = text[end + 1];
      const ok = next === undefined || isWhite(next) || ')]»"”’*_'.includes(next) || !isProse(s, end + 1);
      // A space inside a run of dots (« . .. », « .. . ») is not removed: joined, the dots would make
      // an ellipsis the ellipsis rule then reports, and fix-all would not be idempotent. After three
      // dots or more it is (« ... . »): joined they make no ellipsis, and « … . » loses it too.
      if (ok && !(after === '.' && (next === '.' || (before === '.' && dotsBefore(text, start) < 3)))) {
        add(s, { rule: 'typo-spaces', span: { start, end: end + 1 }, edits: [{ start, end, newText: '' }], problem: { kind: 'spaceBefore', mark: after } });
        continue;
      }
    }
    if (end - start >= 2) {
      let keep = ' ';
      for (let k = start; k < end; k++) if (isNoBreak(text[k])) keep = text[k];
      add(s, { rule: 'typo-spaces', span: { start, end }, edits: [{ start, end, newText: keep }], problem: { kind: 'doubleSpace' } });
    }
  }
}

const cache = new WeakMap<object, Map<string, readonly TypoIssue[]>>();

/**
 * Every typography issue of a French article, with its fix. Rules run in a fixed order and an edit
 * never overlaps an earlier one, so all fixes apply together; each rule accepts the text the others
 * produce, so fixing twice changes nothing.
 */
export function typographyIssues(article: Article, settings: TypographySettings, proseFields: readonly string[]): readonly TypoIssue[] {
  return runSteps(typographyIssuesSteps(article, settings, proseFields));
}

/** `typographyIssues` in slices of a few hundred segments (a book has thousands). */
export function* typographyIssuesSteps(article: Article, settings: TypographySettings, proseFields: readonly string[]): Steps<readonly TypoIssue[]> {
  const key = `${settings.space}|${settings.apostrophe}|${proseFields.join(',')}`;
  let perArticle = cache.get(article);
  const hit = perArticle?.get(key);
  if (hit) return hit;
  const issues = isFrenchArticle(article) ? yield* scanArticleSteps(article, settings, proseFields) : [];
  if (!perArticle) {
    perArticle = new Map();
    cache.set(article, perArticle);
  }
  perArticle.set(key, issues);
  return issues;
}

/** Segments scanned (or replayed) between two pauses. */
const SEGMENTS_PER_SLICE = 256;

function* scanArticleSteps(article: Article, settings: TypographySettings, proseFields: readonly string[]): Steps<TypoIssue[]> {
  const { prose, segments } = proseMap(article, proseFields);
  const s: Scanner = { text: article.text, prose, settings, issues: [], claimed: new Uint8Array(article.text.length + 1), inserts: new Set(), found: new Map() };
  const passes: ((s: Scanner, seg: Span) => void)[] = [scanQuotes, ...(settings.space === 'off' ? [] : [scanNbsp]), scanEllipsis, scanApostrophes, scanSpaces];
  const bySegment = new Map<ProseSegment, TypoIssue[]>();
  const tokens = blockTokens(article);
  let before = -1; // the end of the segments scanned so far
  let done = 0;
  for (const seg of segments) {
    if (++done % SEGMENTS_PER_SLICE === 0) yield 'typography';
    const from = s.issues.length;
    const run = (): void => {
      for (const pass of passes) pass(s, seg.span);
    };
    // A body segment that does not touch the previous one is scanned independently of it (claims
    // never reach it): its issues are reused from the previous version when its surroundings match.
    if (seg.block !== undefined && seg.span.start > before) reuseOrScan(s, seg.span, tokens[seg.block], run);
    else run();
    before = Math.max(before, seg.span.end);
    if (seg.field) bySegment.set(seg, s.issues.slice(from));
  }
  // Front-matter values: keep only the edits that leave the same field with the intended value.
  // The front matter is checked on its own text (the edits lie inside it): no copy of a long body.
  const dropped = new Set<TypoIssue>();
  const head = article.text.slice(0, article.frontMatter?.span.end ?? 0);
  for (const [seg, issues] of bySegment) {
    if (!seg.field) continue;
    for (const issue of issues) {
      const edited = applyAll(head, issue.edits);
      if (!frontMatterEditIsSafe(head, seg.field, edited, seg.span.start, seg.span.end)) dropped.add(issue);
    }
  }
  return (dropped.size > 0 ? s.issues.filter((i) => !dropped.has(i)) : s.issues).sort((a, b) => a.span.start - b.span.start);
}

/** A segment's issues, relative to its start, and everything its scan read. */
interface SegmentScan {
  readonly space: TypographySettings['space'];
  readonly apostrophe: TypographySettings['apostrophe'];
  /** The text around the segment (see `reuseOrScan`), detached from the document's string. */
  readonly window: string;
  /** Which characters of the window are prose. */
  readonly prose: Uint8Array;
  /** Where the segment starts in the window, and its length. */
  readonly offset: number;
  readonly length: number;
  readonly issues: readonly TypoIssue[];
  /**
   * The issues last replayed, shifted to where the segment then started: a segment that has not
   * moved (every block before the edit) reuses them as they are, with no copy.
   */
  placed?: { readonly at: number; readonly issues: readonly TypoIssue[] };
}

function sameBits(a: Uint8Array, b: Uint8Array, from: number): boolean {
  const n = a.length;
  for (let i = 0; i < n; i++) if (a[i] !== b[from + i]) return false;
  return true;
}

/**
 * Runs `scan` on a segment, or replays the issues found when the block's text was last scanned (the
 * block token carries them from version to version), shifted, with their claims, so that later
 * segments see the same state. They are replayed only when everything the scan reads is the same:
 * the text from before the start of the segment's first line (and 10 units before it) to 4 units past
 * its end, which of those characters are prose, and where the segment lies among them.
 */
function reuseOrScan(s: Scanner, seg: Span, token: BlockToken | undefined, scan: () => void): void {
  const { text, prose } = s;
  const start = Math.max(0, Math.min(text.lastIndexOf('\n', seg.start - 1), seg.start - 10));
  const end = Math.min(text.length, seg.end + 4);
  const last = token?.typography as SegmentScan | undefined;
  if (
    last &&
    last.space === s.settings.space &&
    last.apostrophe === s.settings.apostrophe &&
    last.offset === seg.start - start &&
    last.length === seg.end - seg.start &&
    last.window.length === end - start &&
    last.window === text.slice(start, end) &&
    sameBits(last.prose, prose, start)
  ) {
    let placed = last.placed?.at === seg.start ? last.placed.issues : undefined;
    if (!placed) {
      placed = seg.start === 0 ? last.issues : last.issues.map((r) => shiftIssue(r, seg.start));
      last.placed = { at: seg.start, issues: placed };
    }
    for (const issue of placed) {
      for (const e of issue.edits) {
        if (e.start === e.end) s.inserts.add(e.start);
        else s.claimed.fill(1, e.start, e.end);
      }
      s.issues.push(issue);
    }
    return;
  }
  const from = s.issues.length;
  scan();
  if (!token) return;
  token.typography = {
    space: s.settings.space,
    apostrophe: s.settings.apostrophe,
    window: detached(text.slice(start, end)),
    prose: prose.slice(start, end),
    offset: seg.start - start,
    length: seg.end - seg.start,
    issues: s.issues.slice(from).map((issue) => shiftIssue(issue, -seg.start)),
    placed: { at: seg.start, issues: s.issues.slice(from) },
  } satisfies SegmentScan;
}

function shiftIssue(issue: TypoIssue, by: number): TypoIssue {
  return {
    ...issue,
    span: { start: issue.span.start + by, end: issue.span.end + by },
    edits: issue.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
  };
}

function applyAll(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
