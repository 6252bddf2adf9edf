// Conventions read from the site's own articles, when no configuration says them (or it is code
// Plume cannot read): what most articles do is what the site does.
import { parseFrontMatter } from '../../article/frontMatter';
import type { Detected, Generator } from '../../config/conventions';
import { DESCRIPTION_CANDIDATES, TITLE_CANDIDATES, type SiteFile } from './configFiles';

/** Below this many articles nothing is inferred: two articles are not a convention. */
const MIN_ARTICLES = 3;

interface Sample {
  readonly keys: ReadonlySet<string>;
  readonly filled: ReadonlySet<string>;
  readonly bodyH1: number;
  readonly body: string;
}

const FENCE = /^(?:```|~~~)/;

function sampleOf(file: SiteFile): Sample {
  const fm = parseFrontMatter(file.text);
  const keys = new Set<string>();
  const filled = new Set<string>();
  for (const f of fm?.fields ?? []) {
    keys.add(f.key);
    if ((typeof f.value === 'string' && f.value.trim() !== '') || (Array.isArray(f.value) && f.value.length > 0)) filled.add(f.key);
  }
  const body = file.text.slice(fm ? fm.span.end : 0);
  let bodyH1 = 0;
  let inFence = false;
  for (const line of body.split('\n')) {
    if (FENCE.test(line.trimStart())) inFence = !inFence;
    else if (!inFence && /^# \S/.test(line)) bodyH1++;
  }
  return { keys, filled, bodyH1, body };
}

export interface Inference {
  headingOffset?: Detected<number>;
  descriptionFields?: Detected<readonly string[]>;
  titleFields?: Detected<readonly string[]>;
  linkComponents?: Detected<readonly string[]>;
  generator?: Detected<Generator>;
  explicitIds?: Detected<boolean>;
  slugField?: Detected<string>;
}

/** Where a generator keeps its articles, recognisable from the path alone. */
const GENERATOR_PATHS: readonly [RegExp, Generator][] = [
  [/(?:^|\/)_posts\/(?:.*\/)?\d{4}-\d{2}-\d{2}-[^/]+\.(?:md|markdown)$/, 'jekyll'],
  [/(?:^|\/)content\/(?:posts|blog)\/.+\/index\.md$/, 'hugo'],
];

/** A heading that carries its own anchor: `{#id}` or an MDX comment holding the id. */
const EXPLICIT_ID_HEADING = /^#{1,6} .*\{\s*(?:#[\w-]+|\/\*[^*]+\*\/)\s*\}\s*$/m;

/** Most of `n`: strictly more than half. */
const most = (count: number, n: number): boolean => count * 2 > n;

export function inferFromArticles(articles: readonly SiteFile[]): Inference {
  const samples = articles.map(sampleOf);
  const n = samples.length;
  const out: Inference = {};
  if (n < MIN_ARTICLES) return out;
  const inferred = (count: number, of: number) => ({ kind: 'inferred' as const, articles: count, of });

  // A title in the front matter and several body `#` sections: the site renders `#` below the title.
  const titled = samples.filter((s) => TITLE_CANDIDATES.some((t) => s.filled.has(t)));
  const shifted = titled.filter((s) => s.bodyH1 >= 2);
  if (titled.length >= MIN_ARTICLES && most(shifted.length, titled.length)) out.headingOffset = { value: 1, evidence: inferred(shifted.length, titled.length) };

  // The description field: `description` unless most articles fill another candidate instead.
  const withDescription = samples.filter((s) => s.filled.has('description')).length;
  if (!most(withDescription, n)) {
    for (const name of DESCRIPTION_CANDIDATES.slice(1)) {
      const count = samples.filter((s) => s.filled.has(name)).length;
      if (most(count, n)) {
        out.descriptionFields = { value: [name, 'description'], evidence: inferred(count, n) };
        break;
      }
    }
  }
  const withTitle = samples.filter((s) => s.filled.has('title')).length;
  if (!most(withTitle, n)) {
    for (const name of TITLE_CANDIDATES.slice(1)) {
      const count = samples.filter((s) => s.filled.has(name)).length;
      if (most(count, n)) {
        out.titleFields = { value: [name, 'title'], evidence: inferred(count, n) };
        break;
      }
    }
  }

  for (const [pattern, generator] of GENERATOR_PATHS) {
    const count = articles.filter((a) => pattern.test(a.path.replace(/\\/g, '/'))).length;
    if (most(count, n)) {
      out.generator = { value: generator, evidence: inferred(count, n) };
      break;
    }
  }
  const withHeadings = samples.filter((s) => /^#{1,6} /m.test(s.body));
  const withIds = withHeadings.filter((s) => EXPLICIT_ID_HEADING.test(s.body)).length;
  if (withHeadings.length >= MIN_ARTICLES && most(withIds, withHeadings.length)) out.explicitIds = { value: true, evidence: inferred(withIds, withHeadings.length) };
  const slugged = samples.filter((s) => s.filled.has('slug') || s.filled.has('permalink'));
  if (most(slugged.length, n)) out.slugField = { value: samples.filter((s) => s.filled.has('slug')).length >= slugged.length / 2 ? 'slug' : 'permalink', evidence: inferred(slugged.length, n) };

  // Components written with `href` (`<Button href="/…">`): capitalised JSX tags, not HTML's `<a>`.
  const components = new Map<string, number>();
  for (const s of samples) {
    const seen = new Set<string>();
    for (const m of s.body.matchAll(/<([A-Z][\w.]*)\b[^>]*?\shref\s*=/g)) seen.add(m[1]);
    for (const name of seen) components.set(name, (components.get(name) ?? 0) + 1);
  }
  if (components.size > 0) {
    const names = [...components.keys()].sort();
    const count = samples.filter((s) => names.some((c) => s.body.includes(`<${c}`))).length;
    out.linkComponents = { value: names, evidence: inferred(count, n) };
  }
  return out;
}
