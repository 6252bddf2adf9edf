// What Plume knows of the site an article belongs to: its generator and the conventions that change
// Plume's judgement. Detected in core/site/conventions (pure, from file texts); here, the shape and how
// it becomes the lowest layer of settings, under `.plumerc.json` and the editor's settings.
import type { Locale } from '../base/i18n';
import { formatNumber } from '../base/i18n';
import type { SlugStyle } from './settings';

export type Generator = 'eleventy' | 'jekyll' | 'hugo' | 'astro' | 'docusaurus' | 'mkdocs';

export const GENERATOR_NAMES: Readonly<Record<Generator, string>> = {
  eleventy: 'Eleventy',
  jekyll: 'Jekyll',
  hugo: 'Hugo',
  astro: 'Astro',
  docusaurus: 'Docusaurus',
  mkdocs: 'MkDocs',
};

/** Where a detected value comes from: a configuration file read as text, or the site's articles. */
export type Evidence =
  | { readonly kind: 'config'; readonly file: string }
  | { readonly kind: 'inferred'; readonly articles: number; readonly of: number };

export interface Detected<T> {
  readonly value: T;
  readonly evidence: Evidence;
}

export interface SiteConventions {
  readonly generator?: Detected<Generator>;
  readonly headingOffset?: Detected<number>;
  readonly descriptionFields?: Detected<readonly string[]>;
  readonly titleFields?: Detected<readonly string[]>;
  readonly slugStyle?: Detected<SlugStyle>;
  readonly descriptionFromExcerpt?: Detected<boolean>;
  readonly excerptSeparator?: Detected<string>;
  readonly permalink?: Detected<string>;
  /** JSX or HTML components written with `href` in the site's articles (`<Button href>`): links. */
  readonly linkComponents?: Detected<readonly string[]>;
  /** Most headings carry their own anchor (`{#id}`, MDX comments): in-page links use those. */
  readonly explicitIds?: Detected<boolean>;
  /** The front-matter field that gives the page's address (`slug`, `permalink`). */
  readonly slugField?: Detected<string>;
  /** Configuration files found but not understood (code Plume does not run). */
  readonly unread?: readonly string[];
}

/**
 * The conventions as a settings section (`headingOffset`, `frontMatter.descriptionFields`…): the
 * adapters merge `.plumerc.json` and the editor's settings over it, so either overrides a detection.
 */
export function conventionsToConfig(c: SiteConventions | undefined): Record<string, unknown> {
  if (!c) return {};
  const out: Record<string, unknown> = {};
  const fm: Record<string, unknown> = {};
  if (c.headingOffset) out.headingOffset = c.headingOffset.value;
  if (c.slugStyle) out.slugStyle = c.slugStyle.value;
  if (c.descriptionFromExcerpt) out.descriptionFromExcerpt = c.descriptionFromExcerpt.value;
  if (c.descriptionFields) fm.descriptionFields = [...c.descriptionFields.value];
  if (c.titleFields) fm.titleFields = [...c.titleFields.value];
  if (Object.keys(fm).length > 0) out.frontMatter = fm;
  return out;
}

function evidenceText(e: Evidence, locale: Locale): string {
  if (e.kind === 'config') return locale === 'fr' ? `lu dans ${e.file}` : `read in ${e.file}`;
  const n = formatNumber(e.articles, locale);
  const of = formatNumber(e.of, locale);
  return locale === 'fr' ? `déduit de ${n} article${e.articles > 1 ? 's' : ''} sur ${of}` : `inferred from ${n} of ${of} articles`;
}

const quote = (s: string): string => `« ${s} »`;

/** One line per detected convention, in the writer's language, for the report and `plume stats`. */
export function describeConventions(c: SiteConventions | undefined, locale: Locale): string[] {
  if (!c) return [];
  const fr = locale === 'fr';
  const lines: string[] = [];
  const add = (label: Record<Locale, string>, value: string, d: Detected<unknown>): void => {
    lines.push(`${label[locale]}${fr ? '\u00a0: ' : ': '}${value} (${evidenceText(d.evidence, locale)})`);
  };
  if (c.generator) add({ fr: 'Générateur', en: 'Generator' }, GENERATOR_NAMES[c.generator.value], c.generator);
  if (c.headingOffset) {
    const v = c.headingOffset.value;
    add({ fr: 'Niveaux des titres', en: 'Heading levels' }, fr ? `un « # » du corps s’affiche en H${1 + v}` : `a body « # » renders as H${1 + v}`, c.headingOffset);
  }
  if (c.titleFields) add({ fr: 'Titre', en: 'Title' }, c.titleFields.value.map(quote).join(', '), c.titleFields);
  if (c.descriptionFields) add({ fr: 'Méta-description', en: 'Meta description' }, c.descriptionFields.value.map(quote).join(', '), c.descriptionFields);
  if (c.descriptionFromExcerpt?.value) {
    add(
      { fr: 'Sans description', en: 'Without a description' },
      fr ? 'le site prend le premier paragraphe' : 'the site takes the first paragraph',
      c.descriptionFromExcerpt,
    );
  }
  if (c.excerptSeparator) add({ fr: 'Séparateur d’extrait', en: 'Excerpt separator' }, quote(c.excerptSeparator.value), c.excerptSeparator);
  if (c.slugStyle) add({ fr: 'Ancres des titres', en: 'Heading anchors' }, c.slugStyle.value, c.slugStyle);
  if (c.permalink) add({ fr: 'Adresses des pages', en: 'Page addresses' }, quote(c.permalink.value), c.permalink);
  if (c.explicitIds?.value) add({ fr: 'Ancres des titres', en: 'Heading anchors' }, fr ? 'identifiants écrits après les titres' : 'ids written after the headings', c.explicitIds);
  if (c.slugField) add({ fr: 'Adresse de la page', en: 'Page address' }, fr ? `champ ${quote(c.slugField.value)}` : `field ${quote(c.slugField.value)}`, c.slugField);
  if (c.linkComponents) add({ fr: 'Composants de lien', en: 'Link components' }, c.linkComponents.value.map((n) => `<${n} href>`).join(', '), c.linkComponents);
  for (const file of c.unread ?? []) {
    lines.push(fr ? `${file}\u00a0: configuration en code, lue comme du texte sans rien y trouver` : `${file}: configuration written as code, read as text, nothing found`);
  }
  return lines;
}
