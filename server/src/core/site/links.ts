import { posix } from 'node:path';
import type { Article } from '../article/model';
import type { Span } from '../base/span';

export interface MarkdownLink {
  /** The whole link, brackets included. */
  readonly span: Span;
  /** The destination as written (empty for reference links whose definition is elsewhere). */
  readonly href: string;
}

const INLINE_LINK = /!?\[(?:[^[\]\\]|\\.|\[[^[\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+[^)]*)?\)/g;
const REFERENCE_LINK = /!?\[(?:[^[\]\\]|\\.)*\]\[([^\]]*)\]/g;
const DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)/gm;
const AUTOLINK = /<(https?:[^>\s]+|[^>\s]+\.(?:md|mdx|markdown|html?))>/g;
const HTML_LINK = /<a\s[^>]*href\s*=\s*["']([^"']*)["'][^>]*>[\s\S]*?<\/a>/gi;

/** The links of the body (inline, reference, autolinks, HTML anchors); a small scanner, enough to tell what is linked. */
export function findLinks(article: Article): MarkdownLink[] {
  const body = article.text.slice(article.bodyStart);
  const definitions = new Map<string, string>();
  for (const m of body.matchAll(DEFINITION)) definitions.set(m[1].trim().toLowerCase(), m[2]);
  const links: MarkdownLink[] = [];
  const add = (m: RegExpMatchArray, href: string) => {
    const start = article.bodyStart + (m.index ?? 0);
    links.push({ span: { start, end: start + m[0].length }, href });
  };
  for (const m of body.matchAll(INLINE_LINK)) add(m, m[1]);
  for (const m of body.matchAll(REFERENCE_LINK)) {
    const label = (m[1] || m[0].slice(m[0].indexOf('[') + 1, m[0].indexOf(']'))).trim().toLowerCase();
    add(m, definitions.get(label) ?? '');
  }
  for (const m of body.matchAll(AUTOLINK)) add(m, m[1]);
  for (const m of body.matchAll(HTML_LINK)) add(m, m[1]);
  return links;
}

function stem(path: string): string {
  const base = posix.basename(path.replace(/\/+$/, ''));
  return base.replace(/\.(?:md|mdx|markdown|html?)$/i, '').toLowerCase();
}

/**
 * Whether `href`, written in the article at `fromPath`, points to the article at `toPath`. Sites
 * publish under URLs that differ from file paths (permalinks, dates), so besides the exact relative
 * path, a link whose last segment is the target's file name without extension counts as a link to it.
 */
export function linksTo(href: string, fromPath: string, toPath: string): boolean {
  const clean = href.split(/[?#]/)[0];
  if (clean === '') return false;
  let decoded = clean;
  try {
    decoded = decodeURI(clean);
  } catch {
    // keep it as written
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(decoded)) {
    const resolved = decoded.startsWith('/') ? decoded.slice(1) : posix.join(posix.dirname(fromPath), decoded);
    if (posix.normalize(resolved) === toPath) return true;
  }
  const target = stem(toPath);
  const last = stem(decoded);
  // `index.md` and `README.md` are named by their folder.
  if (target === 'index' || target === 'readme') return last === stem(posix.dirname(toPath));
  return last !== '' && last === target;
}

/** The destination to write in `fromPath` for a link to `toPath`, relative, each segment URL-encoded. */
export function relativeHref(fromPath: string, toPath: string): string {
  const relative = posix.relative(posix.dirname(fromPath), toPath) || posix.basename(toPath);
  return relative
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%2E/gi, '.'))
    .join('/');
}
