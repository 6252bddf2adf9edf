// Matches of a list of patterns in the prose of each block, memoised per block: a keystroke
// re-runs the patterns on the edited block only.
import { blockMemo } from '../article/blockMemo';
import type { Article } from '../article/model';
import { detached } from '../base/memo';

export interface ProseMatch {
  readonly start: number;
  readonly end: number;
  /** Index of the pattern in the list. */
  readonly which: number;
  readonly text: string;
  readonly groups: readonly (string | undefined)[];
}

const PROSE_KINDS = new Set(['paragraph', 'listItem', 'quote', 'heading', 'table']);

/** Where `source`'s groups close, and whether it has an alternative at its top level (`a|b`). */
function scanGroups(source: string): { readonly firstGroupEnd: number; readonly topLevelBar: boolean } {
  let depth = 0;
  let inClass = false;
  let firstGroupEnd = -1;
  let topLevelBar = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0 && firstGroupEnd < 0) firstGroupEnd = i + 1;
    else if (c === '|' && depth === 0) topLevelBar = true;
  }
  return { firstGroupEnd, topLevelBar };
}

/**
 * The look-behind (`(?<!…)`, `(?<=…)`) that every pattern starts with, when the rest of each has no
 * top-level alternative (it would not all be under the look-behind); else ''.
 */
function sharedLookbehind(patterns: readonly RegExp[]): string {
  const first = patterns[0].source;
  if (!first.startsWith('(?<!') && !first.startsWith('(?<=')) return '';
  const end = scanGroups(first).firstGroupEnd;
  if (end < 0) return '';
  const head = first.slice(0, end);
  return patterns.every((p) => p.source.startsWith(head) && !scanGroups(p.source.slice(end)).topLevelBar) ? head : '';
}

/**
 * One regular expression that matches wherever any of `patterns` does (an alternation matches at a
 * position iff one of its branches does), to skip at once the blocks where none does: most blocks,
 * and one pass instead of one per pattern. Undefined when the patterns cannot be joined (different
 * flags, back-references, named groups).
 */
const anyCache = new WeakMap<readonly RegExp[], RegExp | undefined>();
function anyOf(patterns: readonly RegExp[]): RegExp | undefined {
  if (anyCache.has(patterns)) return anyCache.get(patterns);
  let any: RegExp | undefined;
  const flags = patterns[0]?.flags.replace('g', '');
  if (patterns.length > 1 && patterns.every((p) => p.flags.replace('g', '') === flags && !/\\[1-9k]|\(\?</.test(p.source.replace(/\(\?<[=!]/g, '')))) {
    try {
      // A look-behind that every pattern starts with is tested once per position, not once per
      // branch: the phrase lists start each pattern with the same word boundary.
      const shared = sharedLookbehind(patterns);
      any = new RegExp(`${shared}(?:${patterns.map((p) => `(?:${p.source.slice(shared.length)})`).join('|')})`, flags);
    } catch {
      any = undefined;
    }
  }
  anyCache.set(patterns, any);
  return any;
}

/**
 * Every match of `patterns` (global regular expressions) in the masked prose of the body's blocks,
 * in document order per block. `slot` names the list (one memo per list). `hint`, when given, is a
 * cheap expression (literals, no Unicode class) that matches in every text where a pattern does:
 * the blocks where it does not are skipped before the patterns' own, costlier, pre-filter.
 */
export function proseMatches(article: Article, slot: string, patterns: readonly RegExp[], hint?: RegExp): ProseMatch[] {
  const out: ProseMatch[] = [];
  const any = anyOf(patterns);
  article.blocks.forEach((b, i) => {
    if (!PROSE_KINDS.has(b.kind) || b.wordEnd === b.wordStart) return;
    const rel = blockMemo(article, slot, i, () => {
      const text = article.masked.slice(b.span.start, b.span.end);
      const found: ProseMatch[] = [];
      if (hint && !hint.test(text)) return found;
      if (any && !any.test(text)) return found;
      patterns.forEach((p, which) => {
        p.lastIndex = 0;
        for (let m = p.exec(text); m; m = p.exec(text)) {
          if (m[0] === '') {
            p.lastIndex++;
            continue;
          }
          // Copies: the memo outlives this version, and a slice would keep its whole masked text alive.
          found.push({ start: m.index, end: m.index + m[0].length, which, text: detached(m[0]), groups: m.slice(1).map((g) => (g === undefined ? g : detached(g))) });
        }
      });
      return found.sort((x, y) => x.start - y.start);
    });
    for (const m of rel) out.push({ ...m, start: m.start + b.span.start, end: m.end + b.span.start });
  });
  return out;
}
