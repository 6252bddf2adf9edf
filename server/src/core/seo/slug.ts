// Slug rules: the URL's last segment, made from the title, short and without function words.
import type { Article, FrontMatterField } from '../article/model';
import { FRENCH_FUNCTION_WORDS } from '../french/functionWords';
import { frenchPart } from './title';

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
  const fromTitle = article.title ? slugFromTitle(frenchPart(article.title.text)) : '';
  const base = fromTitle || (current ? slugFromTitle(current.replace(DATE_PREFIX, '').replace(/[-_]+/g, ' ')) : '');
  if (!base) return undefined;
  const prefix = current ? (DATE_PREFIX.exec(current)?.[0] ?? '') : '';
  return prefix + base;
}
