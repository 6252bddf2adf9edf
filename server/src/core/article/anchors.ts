// Headings' anchors as site generators make them, for in-page links (`[…](#anchor)`). Each style is
// the generator's own slug function restated: GitHub (github-slugger: Astro, Docusaurus, Hugo, Jekyll
// with GFM kramdown), kramdown's plain auto ids, markdown-it-anchor's default, Python-Markdown's toc
// (MkDocs). `auto` accepts any of them: an anchor that none makes is broken whatever the site.
import { boundedMemo, detached } from '../base/memo';
import type { SlugStyle } from '../config/settings';
import type { Article, Heading, Link } from './model';

export type ConcreteSlugStyle = Exclude<SlugStyle, 'auto'>;
export const SLUG_STYLES: readonly ConcreteSlugStyle[] = ['github', 'kramdown', 'markdown-it', 'mkdocs'];

/** HTML entities French writers type (`l&eacute;quipe`), decoded as Markdown renderers do. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', auml: 'ä', ccedil: 'ç', icirc: 'î', iuml: 'ï',
  ocirc: 'ô', ouml: 'ö', ugrave: 'ù', ucirc: 'û', uuml: 'ü', oelig: 'œ', aelig: 'æ', Eacute: 'É', Egrave: 'È', Agrave: 'À', Ccedil: 'Ç',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

export function slugify(text: string, style: ConcreteSlugStyle): string {
  const t = decodeEntities(text).trim().toLowerCase();
  switch (style) {
    case 'github':
      return t.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    case 'kramdown':
      return t.replace(/^[^a-z]+/, '').replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
    case 'markdown-it':
      return t.replace(/\s+/g, '-');
    case 'mkdocs':
      return t
        .normalize('NFKD')
        .replace(/[^ -~\t\n]/g, '')
        .replace(/[^\w\s-]/g, '')
        .trim()
        .replace(/[-\s]+/g, '-');
  }
}

// An explicit id written after the heading: `{#id}` (kramdown, Hugo, Docusaurus) or an MDX comment
// holding the id (react.dev writes `{/` `*id*` `/}`).
const EXPLICIT_ID = /\{\s*(?:#([\w\-.:\p{L}]+)[^}]*|\/\*\s*([^*]+?)\s*\*\/)\s*\}\s*$/u;

/** The heading's text as the generator reads it for its slug: marks and explicit ids removed. */
export function headingSlugText(raw: string): string {
  return raw
    .replace(EXPLICIT_ID, '')
    .replace(/\{:[^}]*\}\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function explicitId(raw: string): string | undefined {
  const m = EXPLICIT_ID.exec(raw);
  return m ? (m[1] ?? m[2]) : undefined;
}

function headingRaw(article: Article, h: Heading): string {
  return article.text.slice(h.textSpan.start, h.textSpan.end);
}

/** The styles to try: the site's own, or every known one. */
export function stylesOf(style: SlugStyle): readonly ConcreteSlugStyle[] {
  return style === 'auto' ? SLUG_STYLES : [style];
}

/** A heading's explicit id, else its slug: remembered per style (a keystroke leaves almost every heading as it was). */
function headingBase(style: ConcreteSlugStyle): (raw: string) => { readonly id?: string; readonly slug: string } {
  return boundedMemo((raw) => {
    const id = explicitId(raw);
    return id ? { id: detached(id), slug: '' } : { slug: detached(slugify(headingSlugText(raw), style)) };
  }, 5000);
}
const headingBases: Readonly<Record<ConcreteSlugStyle, ReturnType<typeof headingBase>>> = {
  github: headingBase('github'),
  kramdown: headingBase('kramdown'),
  'markdown-it': headingBase('markdown-it'),
  mkdocs: headingBase('mkdocs'),
};

/**
 * The anchor of each heading, in order, from the headings' raw texts: the explicit id, else the slug
 * (a repeated slug gets `-1`, `-2`… as github-slugger and markdown-it-anchor do).
 */
export function headingAnchorList(raws: readonly string[], style: ConcreteSlugStyle): string[] {
  const seen = new Map<string, number>();
  const base = headingBases[style];
  return raws.map((raw) => {
    const { id, slug } = base(raw);
    if (id) return id;
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    return n === 0 ? slug : `${slug}-${n}`;
  });
}

export function headingRaws(article: Article): string[] {
  return article.headings.map((h) => headingRaw(article, h));
}

/** Every anchor the page has under the given style: its headings' and HTML `id` / `name` values. */
export function pageAnchors(article: Article, style: SlugStyle): Set<string> {
  const out = new Set<string>();
  const raws = headingRaws(article);
  for (const s of stylesOf(style)) for (const a of headingAnchorList(raws, s)) out.add(a);
  for (const m of article.text.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/g)) out.add(m[1]);
  return out;
}

/** The fragment of an in-page link (`#…`), decoded; undefined for other links. */
export function inPageFragment(link: Link): string | undefined {
  const url = link.url;
  if (url === undefined || !url.startsWith('#') || url.length < 2) return undefined;
  const raw = decodeEntities(url.slice(1));
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
