// Silencing comments and the front-matter `plume.disable` list, applied once to every rule's findings.
import type { Article } from './model';
import type { Span } from '../base/span';

/** `<!-- plume-disable a b -->`, `<!-- plume-enable -->`, `<!-- plume-disable-next-line a -->`. */
const DIRECTIVE = /<!--\s*plume-(disable-next-line|disable|enable)\b([^]*?)-->/g;

export interface Silencer {
  /** Whether a finding of `ruleId` at `span` is silenced. */
  isSilenced(ruleId: string, span: Span): boolean;
}

interface Range {
  readonly start: number;
  end: number;
  /** Undefined: every rule. */
  readonly ids?: ReadonlySet<string>;
}

function idsOf(raw: string): string[] {
  return raw
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '--');
}

/** The rule ids in the front matter's `plume.disable` (`plume: {disable: [...]}` or `[plume] disable = [...]`). */
export function frontMatterDisabled(article: Article): string[] {
  const field = article.frontMatter?.fields.find((f) => f.key === 'plume');
  const value = field?.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const disable = (value as Record<string, unknown>).disable;
  if (typeof disable === 'string') return idsOf(disable);
  return Array.isArray(disable) ? disable.filter((d): d is string => typeof d === 'string').map((d) => d.trim()) : [];
}

/** Whether the offset lies in a code block (where a comment is an example, not a directive). */
function inCode(article: Article, offset: number): boolean {
  return article.blocks.some((b) => b.kind === 'code' && b.span.start <= offset && offset < b.span.end);
}

/** The next non-blank line after `offset`: its span. */
function nextLine(text: string, offset: number): Span | undefined {
  let pos = text.indexOf('\n', offset);
  while (pos !== -1) {
    const start = pos + 1;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.slice(start, end).trim() !== '') return { start, end };
    if (end >= text.length) return undefined;
    pos = end;
  }
  return undefined;
}

/**
 * Reads the directives of an article. A disable without ids silences every rule; an enable without
 * ids ends every open range. Disable-next-line covers findings that start on the next non-blank line,
 * or in the block that starts on it.
 */
export function buildSilencer(article: Article): Silencer {
  const fileWide = new Set(frontMatterDisabled(article));
  const ranges: Range[] = [];
  const text = article.text;
  if (text.includes('plume-')) {
    const open: Range[] = [];
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
      if (m.index < article.bodyStart || inCode(article, m.index)) continue;
      const ids = idsOf(m[2]);
      const end = m.index + m[0].length;
      if (m[1] === 'disable-next-line') {
        const line = nextLine(text, end);
        if (line) {
          // A block that starts on that line is covered whole: a paragraph's finding may sit on any of its lines.
          const block = article.blocks.find((b) => b.span.start >= line.start && b.span.start <= line.end);
          const stop = Math.max(line.end, block ? block.span.end : line.end);
          ranges.push({ start: line.start, end: stop, ...(ids.length ? { ids: new Set(ids) } : {}) });
        }
      } else if (m[1] === 'disable') {
        const r: Range = { start: end, end: text.length, ...(ids.length ? { ids: new Set(ids) } : {}) };
        ranges.push(r);
        open.push(r);
      } else {
        for (let i = open.length - 1; i >= 0; i--) {
          const r = open[i];
          if (ids.length === 0 || (r.ids && ids.some((id) => r.ids!.has(id)))) {
            r.end = m.index;
            open.splice(i, 1);
          }
        }
      }
    }
  }
  return {
    isSilenced(ruleId, span) {
      if (fileWide.has(ruleId) || fileWide.has('all')) return true;
      return ranges.some((r) => span.start >= r.start && span.start <= r.end && (!r.ids || r.ids.has(ruleId)));
    },
  };
}
