import type { Finding } from '../base/finding';
import type { Article } from '../article/model';
import type { Span } from '../base/span';
import type { Locale, Localized } from '../base/i18n';
import type { Settings } from '../config/settings';
import type { Severity } from '../base/finding';
import { foldSameLength, surfaceKey } from './fold';
import { findLinks, linksTo, relativeHref } from './links';
import { SITE_RULES } from './rules';
import type { ArticleSummary, SiteLocation, SummaryField } from './summary';

export interface RelatedLocation {
  readonly location: SiteLocation;
  readonly message: string;
}

/** A site-wide finding: a finding of the checked article plus the places in other articles it is about. */
export interface SiteFinding extends Finding {
  readonly related: readonly RelatedLocation[];
}

/** The fix of an internal-link suggestion: the mention becomes the text of a Markdown link. */
export interface LinkSuggestionData {
  readonly target: string;
  readonly href: string;
}

/** The summaries of every article of a site, by path; kept current by the adapters. */
export class SiteIndex {
  private readonly summaries = new Map<string, ArticleSummary>();
  private readonly patterns = new Map<string, RegExp>();

  get size(): number {
    return this.summaries.size;
  }

  get(path: string): ArticleSummary | undefined {
    return this.summaries.get(path);
  }

  /** Stores a summary; returns whether anything another article's checks read has changed. */
  set(summary: ArticleSummary): boolean {
    const before = this.summaries.get(summary.path);
    this.summaries.set(summary.path, summary);
    return !before || keysOf(before) !== keysOf(summary);
  }

  delete(path: string): boolean {
    return this.summaries.delete(path);
  }

  all(): IterableIterator<ArticleSummary> {
    return this.summaries.values();
  }

  /** A cached regular expression finding a folded keyphrase (`surfaceKey`) in folded text, whole words only. */
  patternFor(key: string): RegExp {
    let pattern = this.patterns.get(key);
    if (!pattern) {
      const body = key
        .split(' ')
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+');
      pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])${body}(?![\\p{L}\\p{N}_-])`, 'gu');
      this.patterns.set(key, pattern);
    }
    return pattern;
  }
}

function keysOf(s: ArticleSummary): string {
  return JSON.stringify([s.title?.key, s.description?.key, s.keyphrase?.key]);
}

const MESSAGES = {
  'duplicate-title': {
    main: (n: number): Localized => ({
      fr: n === 1 ? 'Un autre article du site porte le même titre.' : `${n} autres articles du site portent le même titre.`,
      en: n === 1 ? 'Another article of the site has the same title.' : `${n} other articles of the site have the same title.`,
    }),
    related: { fr: 'Même titre ici', en: 'Same title here' },
  },
  'duplicate-description': {
    main: (n: number): Localized => ({
      fr: n === 1 ? 'Un autre article du site a la même méta-description.' : `${n} autres articles du site ont la même méta-description.`,
      en: n === 1 ? 'Another article of the site has the same meta description.' : `${n} other articles of the site have the same meta description.`,
    }),
    related: { fr: 'Même méta-description ici', en: 'Same meta description here' },
  },
  'keyphrase-cannibalisation': {
    main: (n: number, keyphrase: string): Localized => ({
      fr:
        n === 1
          ? `Un autre article du site vise déjà l’expression clé « ${keyphrase} » : ils se disputeront les mêmes recherches.`
          : `${n} autres articles du site visent déjà l’expression clé « ${keyphrase} » : ils se disputeront les mêmes recherches.`,
      en:
        n === 1
          ? `Another article of the site already targets the keyphrase “${keyphrase}”: they will compete for the same searches.`
          : `${n} other articles of the site already target the keyphrase “${keyphrase}”: they will compete for the same searches.`,
    }),
    related: { fr: 'Même expression clé ici', en: 'Same keyphrase here' },
  },
} as const;

type DuplicateRule = keyof typeof MESSAGES;

function severityOf(ruleId: string, settings: Settings): Severity | undefined {
  const configured = settings.rules[ruleId];
  if (configured === 'off') return undefined;
  return configured ?? SITE_RULES.find((r) => r.id === ruleId)?.defaultSeverity ?? 'warning';
}

/** The other articles sharing a field's key, in path order (stable output). */
function sharing(index: SiteIndex, self: ArticleSummary, pick: (s: ArticleSummary) => SummaryField | undefined): SummaryField[] {
  const own = pick(self);
  if (!own || own.key === '') return [];
  const others: SummaryField[] = [];
  for (const other of index.all()) {
    if (other.path === self.path) continue;
    const field = pick(other);
    if (field && field.key === own.key) others.push(field);
  }
  return others.sort((a, b) => (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : 0));
}

/** Letters a keyphrase needs before a mention of it is worth a link (one- and two-letter keys match everywhere). */
const MIN_KEYPHRASE_LETTERS = 3;

/**
 * Site-wide findings of one article: `self` is its summary (it need not be in the index yet), `article`
 * its parsed text (for the link suggestions).
 */
export function checkSite(article: Article, self: ArticleSummary, index: SiteIndex, settings: Settings, locale: Locale = settings.locale): SiteFinding[] {
  const findings: SiteFinding[] = [];
  const duplicate = (ruleId: DuplicateRule, pick: (s: ArticleSummary) => SummaryField | undefined) => {
    const severity = severityOf(ruleId, settings);
    const own = pick(self);
    if (!severity || !own) return;
    const others = sharing(index, self, pick);
    if (others.length === 0) return;
    const messages = MESSAGES[ruleId];
    findings.push({
      ruleId,
      severity,
      span: own.location.span,
      message: messages.main(others.length, own.text)[locale],
      data: { others: others.map((o) => o.location.path) },
      related: others.map((o) => ({ location: o.location, message: messages.related[locale] })),
    });
  };
  duplicate('duplicate-title', (s) => s.title);
  duplicate('duplicate-description', (s) => s.description);
  duplicate('keyphrase-cannibalisation', (s) => s.keyphrase);
  findings.push(...suggestLinks(article, self, index, settings, locale));
  return findings;
}

function suggestLinks(article: Article, self: ArticleSummary, index: SiteIndex, settings: Settings, locale: Locale): SiteFinding[] {
  const severity = severityOf('internal-link-suggestion', settings);
  if (!severity) return [];
  // Articles sharing a keyphrase form one group: one suggestion per mention, one fix per article.
  const groups = new Map<string, ArticleSummary[]>();
  for (const s of index.all()) {
    const key = s.keyphrase?.key;
    if (s.path === self.path || !key || key === self.keyphrase?.key || (s.keyphrase!.text.match(/\p{L}/gu)?.length ?? 0) < MIN_KEYPHRASE_LETTERS) continue;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  if (groups.size === 0) return [];
  const links = findLinks(article);
  const folded = foldSameLength(article.masked);
  const paragraphs = article.blocks.filter((b, i) => (b.kind === 'paragraph' || b.kind === 'listItem') && i !== article.titleBlock).map((b) => b.span);
  const linkSpans = links.map((l) => l.span);
  const findings: SiteFinding[] = [];
  for (const [, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const targets = group.sort((a, b) => (a.path < b.path ? -1 : 1));
    if (targets.some((t) => links.some((l) => linksTo(l.href, self.path, t.path)))) continue;
    // Mentions are found as the keyphrases are written (whole words), the earliest of their spellings.
    const spellings = [...new Set(targets.map((t) => surfaceKey(t.keyphrase!.text)))];
    const mention = spellings
      .map((spelling) => firstMention(folded, paragraphs, linkSpans, index.patternFor(spelling)))
      .reduce<Span | undefined>((best, m) => (m && (!best || m.start < best.start) ? m : best), undefined);
    if (!mention) continue;
    const text = article.text.slice(mention.start, mention.end);
    const suggestions: LinkSuggestionData[] = targets.map((t) => ({ target: t.path, href: relativeHref(self.path, t.path) }));
    const [first] = suggestions;
    const more = targets.length - 1;
    findings.push({
      ruleId: 'internal-link-suggestion',
      severity,
      span: mention,
      message:
        locale === 'fr'
          ? `« ${text} » est l’expression clé de l’article ${first.target}${more > 0 ? ` (et de ${more} autre${more > 1 ? 's' : ''})` : ''} : un lien aiderait lecteurs et moteurs.`
          : `“${text}” is the focus keyphrase of ${first.target}${more > 0 ? ` (and ${more} other${more > 1 ? 's' : ''})` : ''}: a link would help readers and search engines.`,
      data: { ...first, suggestions },
      related: targets.map((t) => ({ location: t.keyphrase!.location, message: locale === 'fr' ? 'Expression clé de cet article' : 'Focus keyphrase of that article' })),
    });
  }
  return findings;
}

/** The first whole-word match inside a paragraph and outside any link, whose text is plain prose. */
function firstMention(folded: string, paragraphs: readonly Span[], links: readonly Span[], pattern: RegExp): Span | undefined {
  for (const p of paragraphs) {
    pattern.lastIndex = 0;
    const slice = folded.slice(p.start, p.end);
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const span = { start: p.start + m.index, end: p.start + m.index + m[0].length };
      if (links.some((l) => l.start < span.end && span.start < l.end)) continue;
      return span;
    }
  }
  return undefined;
}

/** The edits of the link fix: `[` before the mention, `](href)` after it; the writer's words stay as they are. */
export function linkSuggestionEdits(span: Span, href: string): { start: number; end: number; newText: string }[] {
  const destination = /[\s()<>]/.test(href) ? `<${href}>` : href;
  return [
    { start: span.start, end: span.start, newText: '[' },
    { start: span.end, end: span.end, newText: `](${destination})` },
  ];
}
