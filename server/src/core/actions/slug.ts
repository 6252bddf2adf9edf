import type { Article, FrontMatterField } from '../article/model';
import { FRENCH_FUNCTION_WORDS } from '../french/functionWords';
import type { TextEdit } from './action';
import { quoted } from './titleEdit';

/** A slug keeps at most this many words: short URLs read better and survive being shared. */
export const MAX_SLUG_WORDS = 6;
export const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Jekyll-style date prefix (`2024-03-01-`): part of the site's convention, not words of the slug. */
export const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-/;

const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ](.+)$/;
/** After these, the next word is a conjugated verb (« se lancent », « ils recrutent »): dropped first. */
const SUBJECTS = new Set(['se', 's', 'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous', 'je', 'j', 'tu', 'ne', 'n', 'me', 'm', 'te', 't']);

function ascii(word: string): string {
  return word
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * The slug for a title: lower-case ASCII words joined by hyphens, without accents or function words,
 * at most six words; when there are more, verbs (the word after a pronoun) go first, then the tail.
 */
export function slugFromTitle(title: string): string {
  const tokens: { word: string; verb: boolean }[] = [];
  let afterSubject = false;
  for (const raw of title.split(/[^\p{L}\p{N}'’ʼ]+/u)) {
    if (!raw) continue;
    let word = ascii(raw);
    const elided = ELISION.exec(word);
    let verb = afterSubject;
    afterSubject = false;
    // After an article (« l’été », « d’été »), a word that looks like a function word is a noun.
    let noun = false;
    if (elided) {
      word = elided[2];
      if (SUBJECTS.has(elided[1])) verb = true;
      noun = elided[1] === 'l' || elided[1] === 'd';
    }
    for (const part of word.replace(/['’ʼ]/g, '').split(/[^a-z0-9]+/)) {
      if (!part) continue;
      if (SUBJECTS.has(part)) {
        afterSubject = true;
        continue;
      }
      if ((!noun && FRENCH_FUNCTION_WORDS.has(part)) || (part.length === 1 && !/\d/.test(part))) continue;
      tokens.push({ word: part, verb });
      verb = false;
      noun = false;
    }
  }
  let kept = tokens;
  for (let i = kept.length - 1; kept.length > MAX_SLUG_WORDS && i >= 0; i--) {
    if (kept[i].verb) kept = kept.filter((_, j) => j !== i);
  }
  return kept
    .slice(0, MAX_SLUG_WORDS)
    .map((t) => t.word)
    .join('-');
}

/** What is wrong with a slug (words counted after a date prefix); empty when it is fine. */
export function slugProblems(slug: string): ('format' | 'stopWords' | 'length')[] {
  const problems: ('format' | 'stopWords' | 'length')[] = [];
  if (!SLUG_FORMAT.test(slug)) problems.push('format');
  const words = ascii(slug.replace(DATE_PREFIX, ''))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((w) => FRENCH_FUNCTION_WORDS.has(w))) problems.push('stopWords');
  if (words.length > MAX_SLUG_WORDS) problems.push('length');
  return problems;
}

export function slugField(article: Article): FrontMatterField | undefined {
  return article.frontMatter?.fields.find((f) => f.key === 'slug');
}

/** The slug to write: from the title, keeping the date prefix of the current slug if there is one. */
export function suggestedSlug(article: Article, current?: string): string | undefined {
  const fromTitle = article.title ? slugFromTitle(article.title.text) : '';
  const base = fromTitle || (current ? slugFromTitle(current.replace(DATE_PREFIX, '').replace(/[-_]+/g, ' ')) : '');
  if (!base) return undefined;
  const prefix = current ? (DATE_PREFIX.exec(current)?.[0] ?? '') : '';
  return prefix + base;
}

/** Replaces the value of an existing `slug` field, keeping its quotes. */
export function replaceSlugEdit(article: Article, field: FrontMatterField, slug: string): TextEdit {
  const raw = article.text.slice(field.valueSpan.start, field.valueSpan.end);
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.length >= 2 && raw.endsWith(q) && !raw.slice(1, -1).includes('\\')) {
    return { start: field.valueSpan.start + 1, end: field.valueSpan.end - 1, newText: slug };
  }
  const fm = article.frontMatter;
  return { start: field.valueSpan.start, end: field.valueSpan.end, newText: fm?.kind === 'toml' ? quoted(slug) : slug };
}

/** Adds a `slug` field: after the title field when there is one, else first; creates YAML front matter if needed. */
export function insertSlugEdit(article: Article, slug: string, titleField?: string): TextEdit | undefined {
  const { text } = article;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const fm = article.frontMatter;
  if (!fm) return { start: article.bodyStart, end: article.bodyStart, newText: `---${eol}slug: ${slug}${eol}---${eol}` };
  if (fm.error) return undefined;
  const line = fm.kind === 'toml' ? `slug = ${quoted(slug)}${eol}` : `slug: ${slug}${eol}`;
  const title = titleField ? fm.fields.find((f) => f.key === titleField) : undefined;
  let at = fm.contentSpan.start;
  if (title) {
    const nl = text.indexOf('\n', title.valueSpan.end);
    // A multi-line value (folded YAML) ends before the next field: insert after its last line.
    if (nl >= 0 && nl < fm.contentSpan.end) at = nl + 1;
    else at = fm.contentSpan.end;
    if (fm.kind === 'yaml' && /^[ \t]/.test(text.slice(at, at + 1))) at = fm.contentSpan.start; // indented continuation: play safe
  }
  return { start: at, end: at, newText: line };
}
