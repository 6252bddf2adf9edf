// Which configuration files belong to which generator, and reading each one as text: nothing here
// runs the site's code (an `.eleventy.js` is searched with regular expressions, never evaluated).
import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { Generator } from '../../config/conventions';
import type { SlugStyle } from '../../config/settings';

/** A file's path (relative to where the lookup started, or absolute) and its text. */
export interface SiteFile {
  readonly path: string;
  readonly text: string;
}

/** File names the adapters look for, in each folder from the article up to the workspace root. */
export const CONFIG_FILES: Readonly<Record<string, Generator>> = {
  '.eleventy.js': 'eleventy',
  '.eleventy.cjs': 'eleventy',
  'eleventy.config.js': 'eleventy',
  'eleventy.config.mjs': 'eleventy',
  'eleventy.config.cjs': 'eleventy',
  'eleventy.config.ts': 'eleventy',
  '_config.yml': 'jekyll',
  '_config.yaml': 'jekyll',
  '_config.toml': 'jekyll',
  'hugo.toml': 'hugo',
  'hugo.yaml': 'hugo',
  'hugo.yml': 'hugo',
  'hugo.json': 'hugo',
  'astro.config.mjs': 'astro',
  'astro.config.js': 'astro',
  'astro.config.ts': 'astro',
  'src/content/config.ts': 'astro',
  'src/content.config.ts': 'astro',
  'docusaurus.config.js': 'docusaurus',
  'docusaurus.config.ts': 'docusaurus',
  'mkdocs.yml': 'mkdocs',
  'mkdocs.yaml': 'mkdocs',
};

export function generatorOf(path: string): Generator | undefined {
  const norm = path.replace(/\\/g, '/');
  for (const [name, generator] of Object.entries(CONFIG_FILES)) {
    if (norm === name || norm.endsWith(`/${name}`)) return generator;
  }
  return undefined;
}

/** Field names that serve as a meta description on real sites, in the order Plume prefers them. */
export const DESCRIPTION_CANDIDATES = ['description', 'excerpt', 'summary', 'tagline', 'lead', 'subtitle', 'abstract', 'meta_description', 'metaDescription', 'seoDescription'];
export const TITLE_CANDIDATES = ['title', 'headline', 'heading', 'name'];

/** What one configuration file says; absent fields were not found in it. */
export interface ConfigReading {
  headingOffset?: number;
  descriptionFields?: string[];
  titleFields?: string[];
  slugStyle?: SlugStyle;
  descriptionFromExcerpt?: boolean;
  excerptSeparator?: string;
  permalink?: string;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * A heading offset written in code: a markdown-it plugin option (`shiftHeadings: 1`, `levelOffset`,
 * `demote`), or an inline `heading_open` rule that adds to the level (`'h' + (level + 1)`).
 */
export function headingOffsetInCode(code: string): number | undefined {
  const named = /\b(?:shift[_-]?headings?|heading[_-]?(?:level[_-]?)?(?:offset|shift)|level[_-]?(?:offset|shift)|shift[_-]?level|demote(?:[_-]?headings?)?|base[_-]?level)\b['"]?\s*[:=,]\s*(\d)/i.exec(code);
  if (named) {
    const n = Number(named[1]);
    // `baseLevel: 2` means a `#` renders as H2.
    const offset = /base[_-]?level/i.test(named[0]) ? n - 1 : n;
    if (offset >= 1 && offset <= 5) return offset;
  }
  // An inline rule: `heading_open` whose tag becomes `h${level + 1}` or `'h' + (n + 1)`.
  const rule = code.indexOf('heading_open');
  if (rule >= 0) {
    const body = code.slice(rule, rule + 600);
    const add = /['"`]h['"`]?\s*\+\s*\(?\s*(?:[\w.[\]]+)\s*\+\s*(\d)|h\$\{\s*[\w.[\]()]+\s*\+\s*(\d)\s*\}|\.tag\s*=\s*['"`]h(\d)['"`]/.exec(body);
    if (add) {
      const n = Number(add[1] ?? add[2] ?? '0');
      if (n >= 1 && n <= 5) return n;
      // `token.tag = 'h2'` for an `h1` only: a body `#` renders as H2.
      if (add[3] && /\bh1\b/.test(body)) return Number(add[3]) - 1 || undefined;
    }
  }
  return undefined;
}

function slugInCode(code: string): SlugStyle | undefined {
  if (/markdown-it-anchor|markdownItAnchor/.test(code)) return 'markdown-it';
  return undefined;
}

/** Astro's content schema: `z.object({ title: z.string(), excerpt: z.string() … })`, names only. */
function schemaFields(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/\b([A-Za-z_][\w]*)\s*:\s*z\s*\./g)) names.add(m[1]);
  return [...names];
}

export function readConfig(file: SiteFile): { generator: Generator; reading: ConfigReading; understood: boolean } | undefined {
  const generator = generatorOf(file.path);
  if (!generator) return undefined;
  const reading: ConfigReading = {};
  const text = file.text;
  switch (generator) {
    case 'eleventy': {
      const offset = headingOffsetInCode(text);
      if (offset !== undefined) reading.headingOffset = offset;
      const slug = slugInCode(text);
      if (slug) reading.slugStyle = slug;
      const sep = /excerpt_separator\s*:\s*['"`]([^'"`]+)['"`]/.exec(text);
      if (sep) reading.excerptSeparator = sep[1];
      break;
    }
    case 'jekyll': {
      const data = record(safe(() => (file.path.endsWith('.toml') ? parseToml(text) : parseYaml(text))));
      if (typeof data.excerpt_separator === 'string') reading.excerptSeparator = data.excerpt_separator;
      if (typeof data.permalink === 'string') reading.permalink = data.permalink;
      const plugins = [...(Array.isArray(data.plugins) ? data.plugins : []), ...(Array.isArray(data.gems) ? data.gems : [])];
      // jekyll-seo-tag writes `page.description | default: page.excerpt`: the first paragraph serves.
      if (plugins.includes('jekyll-seo-tag')) reading.descriptionFromExcerpt = true;
      const kramdown = record(data.kramdown);
      const markdown = typeof data.markdown === 'string' ? data.markdown.toLowerCase() : 'kramdown';
      if (markdown === 'kramdown') reading.slugStyle = kramdown.input === 'GFM' || kramdown.input === undefined ? 'github' : 'kramdown';
      const offset = headingOffsetInCode(text);
      if (offset !== undefined) reading.headingOffset = offset;
      break;
    }
    case 'hugo': {
      const data = record(safe(() => (file.path.endsWith('.toml') ? parseToml(text) : file.path.endsWith('.json') ? JSON.parse(text) : parseYaml(text))));
      // Hugo's templates use `.Description`, else `.Summary` (the text before <!--more-->).
      reading.descriptionFromExcerpt = true;
      reading.excerptSeparator = '<!--more-->';
      reading.slugStyle = 'github';
      const permalinks = record(data.permalinks);
      const first = Object.values(permalinks).find((v) => typeof v === 'string');
      if (typeof first === 'string') reading.permalink = first;
      break;
    }
    case 'astro': {
      reading.slugStyle = 'github';
      const fields = schemaFields(text);
      const desc = DESCRIPTION_CANDIDATES.filter((f) => fields.includes(f));
      if (desc.length > 0) reading.descriptionFields = desc;
      const title = TITLE_CANDIDATES.filter((f) => fields.includes(f));
      if (title.length > 0) reading.titleFields = title;
      const offset = headingOffsetInCode(text);
      if (offset !== undefined) reading.headingOffset = offset;
      break;
    }
    case 'docusaurus': {
      // Docusaurus takes the first paragraph when `description` is absent; `<!-- truncate -->` ends a
      // blog post's excerpt.
      reading.descriptionFromExcerpt = true;
      reading.excerptSeparator = '<!-- truncate -->';
      reading.slugStyle = 'github';
      break;
    }
    case 'mkdocs': {
      reading.slugStyle = 'mkdocs';
      break;
    }
  }
  const understood = Object.keys(reading).length > 0;
  return { generator, reading, understood };
}
