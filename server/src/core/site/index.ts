// Site-wide checks: pure functions over in-memory summaries; the adapters read the files.
export { foldSameLength, keyphraseKey, textKey } from './fold';
export { summarizeArticle, lineColumnAt, locationOf } from './summary';
export type { ArticleSummary, SiteLocation, SummaryField, LineColumn } from './summary';
export { SiteIndex, checkSite, linkSuggestionEdits } from './checks';
export type { SiteFinding, RelatedLocation, LinkSuggestionData } from './checks';
export { SITE_RULES } from './rules';
export { findLinks, linksTo, relativeHref } from './links';
export * from './conventions';
