// A site's conventions from its configuration files (nearest first) and, for what they do not say,
// from its own articles. Pure: the adapters find and read the files (platform/ or server/src/*).
import type { Detected, Generator, SiteConventions } from '../../config/conventions';
import { readConfig, type ConfigReading, type SiteFile } from './configFiles';
import { inferFromArticles } from './infer';

export interface SiteFiles {
  /** Configuration files, nearest to the article first (see CONFIG_FILES). */
  readonly configs: readonly SiteFile[];
  /** A sample of the site's articles (the article itself among them), for what configs do not say. */
  readonly articles: readonly SiteFile[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function baseName(path: string): string {
  const norm = path.replace(/\\/g, '/');
  return norm.slice(norm.lastIndexOf('/') + 1);
}

export function detectConventions(files: SiteFiles): SiteConventions {
  const out: Mutable<SiteConventions> = {};
  const unread: string[] = [];
  let generator: Generator | undefined;
  for (const file of files.configs) {
    const r = readConfig(file);
    if (!r) continue;
    const name = file.path.replace(/\\/g, '/').split('/').slice(-3).join('/');
    const evidence = { kind: 'config' as const, file: name.includes('src/content') ? name.slice(name.indexOf('src/')) : baseName(file.path) };
    // The nearest configuration names the generator; farther ones only fill what it left out.
    if (!generator) {
      generator = r.generator;
      out.generator = { value: r.generator, evidence };
    } else if (r.generator !== generator) continue;
    if (!r.understood && /\.(?:[cm]?js|ts)$/.test(file.path)) unread.push(evidence.file);
    const take = <K extends keyof ConfigReading & keyof SiteConventions>(key: K): void => {
      const v = r.reading[key];
      if (v !== undefined && out[key] === undefined) (out as Record<string, unknown>)[key] = { value: v, evidence } satisfies Detected<unknown>;
    };
    take('headingOffset');
    take('descriptionFields');
    take('titleFields');
    take('slugStyle');
    take('descriptionFromExcerpt');
    take('excerptSeparator');
    take('permalink');
  }
  const inferred = inferFromArticles(files.articles);
  // A configuration that says nothing of heading levels does not rule out an inline plugin that
  // Plume could not read: the articles decide then, and the report says it was inferred.
  if (!out.headingOffset && inferred.headingOffset) out.headingOffset = inferred.headingOffset;
  if (!out.descriptionFields && inferred.descriptionFields) out.descriptionFields = inferred.descriptionFields;
  if (!out.titleFields && inferred.titleFields) out.titleFields = inferred.titleFields;
  if (inferred.linkComponents) out.linkComponents = inferred.linkComponents;
  if (!out.generator && inferred.generator) out.generator = inferred.generator;
  // Jekyll parses Markdown with kramdown in GFM mode unless told otherwise: GitHub-style anchors.
  if (!out.slugStyle && out.generator?.value === 'jekyll' && out.generator.evidence.kind === 'inferred') out.slugStyle = { value: 'github', evidence: out.generator.evidence };
  if (inferred.explicitIds) out.explicitIds = inferred.explicitIds;
  if (inferred.slugField) out.slugField = inferred.slugField;
  if (unread.length > 0) out.unread = unread;
  return out;
}
