import type { Article } from '../article/model';
import { findTextField } from '../article/frontMatter';
import { ENGLISH_FUNCTION_WORDS, FRENCH_FUNCTION_WORDS } from '../french/functionWords';
import { identifyTitleLanguage } from '../french/language';
import { foldWord } from '../base/letters';
import type { Settings } from '../config/settings';
import type { TextEdit } from '../base/edit';
import { phrasePasses } from './checklist';
import { phraseTokens } from '../french/lexicon/phrase';
import { analyses } from '../french/lexicon/lexicon';
import { minimalEdit, quoted } from './titleEdit';
import { MAX_TITLE_WIDTH, titleWidth } from './titleWidth';

export interface TitleCandidate {
  readonly text: string;
  /** Estimated width in the search results (Arial 20 px). */
  readonly width: number;
}

/** Words that may join two content words inside a phrase (« guerre des talents », « talents en IA »). */
const CONNECTORS = new Set(['de', 'des', 'du', 'en', 'a', 'au', 'aux', 'pour', 'sur']);
const DETERMINERS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'au', 'aux']);

interface Phrase {
  key: string;
  surface: string;
  /** The phrase with the determiner it most often has (« la guerre des talents »). */
  withDeterminer: string;
  count: number;
  words: number;
}

function isContent(word: string): boolean {
  const f = foldWord(word);
  if (FRENCH_FUNCTION_WORDS.has(f) || CONNECTORS.has(f) || ENGLISH_FUNCTION_WORDS.has(f)) return false;
  // Elided pronouns and negations start verbs (« c’est », « n’est », « s’impliquent »): not topics.
  if (/^(?:c|n|s|j|m|t|qu|jusqu|lorsqu|puisqu)'/.test(f)) return false;
  return word.length >= 3 || /^\p{Lu}{2,}$/u.test(word);
}

/** How a word is written inside a phrase: lower case unless it is an acronym or a name. */
function surfaceOf(word: string, sentenceStart: boolean): string {
  if (/^\p{Lu}{2,}$/u.test(word) || /\d/.test(word)) return word;
  if (sentenceStart) return word.toLowerCase();
  return word;
}

/**
 * Salient phrases of the body: runs of content words (joined by « de », « en », « pour »…), up to four
 * words, counted across sentences; multi-word phrases weigh more.
 */
export function salientPhrases(article: Article, limit = 8): Phrase[] {
  const phrases = new Map<string, Phrase & { forms: Map<string, number>; dets: Map<string, number> }>();
  const titleBlock = article.titleBlock >= 0 ? article.blocks[article.titleBlock] : undefined;
  const runs: { words: string[]; weight: number }[] = [];
  for (const s of article.sentences) {
    if (titleBlock && s.start >= titleBlock.span.start && s.end <= titleBlock.span.end) continue;
    runs.push({ words: article.words.slice(s.wordStart, s.wordEnd).map((w) => article.text.slice(w.start, w.end)), weight: 1 });
  }
  // The French part of the current title says what the article is about: its phrases count triple.
  const title = article.title?.text;
  if (title) {
    const foreign = identifyTitleLanguage(title).foreign;
    const french = foreign ? title.slice(0, foreign.start) + ' ' + title.slice(foreign.end) : title;
    runs.push({ words: french.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [], weight: 3 });
  }
  for (const { words, weight } of runs) {
    for (let i = 0; i < words.length; i++) {
      // Strip an elided article (« l’expertise » → « expertise », determiner « l’ »).
      const elided = /^([lLdD])['’](.+)$/.exec(words[i]);
      const first = elided ? elided[2] : words[i];
      if (!isContent(first)) continue;
      const det = elided ? `${elided[1].toLowerCase()}’` : i > 0 && DETERMINERS.has(foldWord(words[i - 1])) ? words[i - 1].toLowerCase() : '';
      const parts = [surfaceOf(first, i === 0 && !elided)];
      const keys = [foldWord(first)];
      let content = 1;
      record(phrases, keys[0], parts[0], det, 1, weight);
      for (let j = i + 1; j < words.length && content < 3; j++) {
        const f = foldWord(words[j]);
        if (isContent(words[j])) {
          parts.push(surfaceOf(words[j], false));
          keys.push(f);
        } else if (CONNECTORS.has(f) && j + 1 < words.length && isContent(words[j + 1].replace(/^[lLdD]['’]/, ''))) {
          parts.push(words[j].toLowerCase(), surfaceOf(words[j + 1], false));
          keys.push(f, foldWord(words[j + 1]));
          j++;
        } else break;
        content++;
        record(phrases, keys.join(' '), parts.join(' '), det, content, weight);
      }
    }
  }
  const ranked = [...phrases.values()]
    .filter((p) => p.count >= 2)
    .map((p) => {
      const surface = top(p.forms);
      const det = top(p.dets);
      return { key: p.key, surface, withDeterminer: det ? (det.endsWith('’') ? det + surface : `${det} ${surface}`) : surface, count: p.count, words: p.words };
    })
    .sort((a, b) => score(b) - score(a) || a.key.localeCompare(b.key));
  // Keep phrases that do not repeat one already kept (« talents » after « talents en IA »).
  const kept: Phrase[] = [];
  for (const p of ranked) {
    const mine = p.key.split(' ').filter((w) => !CONNECTORS.has(w));
    if (kept.some((k) => k.key.split(' ').some((w) => mine.includes(w)))) continue;
    kept.push(p);
    if (kept.length >= limit) break;
  }
  return kept;
}

/** Phrases of two or three content words name a topic better than a lone word, which may be anything. */
function score(p: { count: number; words: number }): number {
  return p.words === 1 ? p.count * 0.5 : p.count * p.words * p.words;
}

function record(
  map: Map<string, Phrase & { forms: Map<string, number>; dets: Map<string, number> }>,
  key: string,
  surface: string,
  det: string,
  words: number,
  weight: number,
): void {
  let p = map.get(key);
  if (!p) {
    p = { key, surface, withDeterminer: surface, count: 0, words, forms: new Map(), dets: new Map() };
    map.set(key, p);
  }
  p.count += weight;
  p.forms.set(surface, (p.forms.get(surface) ?? 0) + weight);
  p.dets.set(det, (p.dets.get(det) ?? 0) + weight);
}

function top(counts: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a phrase can stand as a title's subject: a noun phrase by the lexicon, not a clause or a fragment. */
function nounPhrase(text: string): boolean {
  const words = phraseTokens(text);
  if (words.length === 0 || !phrasePasses(text)) return false;
  // It opens on a noun, an adjective, a name or a determiner, not on a conjugated verb.
  const first = analyses(words[0]);
  if (first.length > 0 && first.every((a) => a.pos === 'verb' || a.pos === 'preposition' || a.pos === 'conjunction' || a.pos === 'pronoun' || a.pos === 'pastParticiple' || a.pos === 'infinitive')) return false;
  // A gerund (« en combinant ») starts a clause inside the phrase.
  if (words.some((w, i) => i > 0 && words[i - 1].toLowerCase() === 'en' && analyses(w).some((a) => a.pos === 'presentParticiple'))) return false;
  // It names something: a noun, or a name the lexicon does not know (« Google »).
  return words.some((w) => analyses(w).some((a) => a.pos === 'noun') || (/^\p{Lu}/u.test(w) && analyses(w).length === 0));
}

/**
 * A phrase with its determiner, fit to follow a preposition in a title: the partitive and contracted
 * articles (« du », « au », « aux », « des ») become the definite one; an elided one keeps its apostrophe.
 */
function definite(withDeterminer: string): string | undefined {
  const m = /^(\p{L}+)(['’]| )(.*)$/u.exec(withDeterminer);
  if (!m) return withDeterminer;
  const [, det, sep, rest] = m;
  const d = det.toLowerCase();
  if (sep !== ' ' || d === 'l' || d === 'd') return d === 'd' ? undefined : `l’${rest}`;
  const map: Record<string, string> = { du: 'le', au: 'le', aux: 'les', des: 'les', de: '' };
  if (d in map) return map[d] ? `${map[d]} ${rest}` : undefined;
  return withDeterminer;
}

/** How many figures the body gives (numbers with a unit or a percentage, years left out). */
function figures(article: Article): number {
  let n = 0;
  for (const s of article.sentences) {
    const text = article.masked.slice(s.start, s.end);
    n += (text.match(/(?<![\p{L}\d])\d+(?:[.,]\d+)?\s?(?:%|€|millions?|milliards?|fois|euros|dollars)/gu) ?? []).length;
  }
  return n;
}

/**
 * Three to five French titles under 600 px, built on the focus keyphrase (front matter) or, without
 * one, the article's key noun phrase, from different angles: the subject with the article's other
 * salient phrases, a question, what is at stake, the figures, the key points. Every proposal is a
 * grammatical phrase by the lexicon (no verb, preposition, determiner or conjunction at its end, no
 * agreement error); one too wide is dropped rather than cut.
 */
export function proposeTitles(article: Article, settings: Settings, max = 5): TitleCandidate[] {
  const space = settings.typography.space === 'regular' ? '\u00a0' : settings.typography.space === 'narrow' ? '\u202f' : ' ';
  const colon = `${space}:`;
  const qm = `${space}?`;
  const phrases = salientPhrases(article, 12).filter((p) => nounPhrase(p.surface));
  const keyphrase = findTextField(article.frontMatter, settings.frontMatter.keyphraseFields)?.text.trim();
  const keyPhrase = keyphrase ? phrases.find((p) => foldWord(p.surface) === foldWord(keyphrase)) : phrases[0];
  const key = keyphrase || keyPhrase?.surface;
  if (!key) return [];
  const withDet = keyPhrase && keyPhrase.withDeterminer !== keyPhrase.surface ? definite(keyPhrase.withDeterminer) : undefined;
  const folded = foldWord(key);
  const others = phrases.filter((p) => !folded.includes(p.key) && !p.key.includes(folded));
  const K = capitalize(key);
  const det = (p: Phrase | undefined): string | undefined => (p && p.withDeterminer !== p.surface ? definite(p.withDeterminer) : undefined);
  const withDets = others.filter((p) => det(p) !== undefined);
  const sections = article.headings.filter((h) => h.level === 2).length;
  /** Each angle lists its forms, most specific first; the first that fits and passes is kept. */
  const angles: string[][] = [];
  const pairs: string[] = [];
  for (let i = 0; i < Math.min(4, withDets.length); i++) for (let j = i + 1; j < Math.min(4, withDets.length); j++) pairs.push(`${K}${colon} ${det(withDets[i])} et ${det(withDets[j])}`);
  angles.push(pairs);
  angles.push(withDet ? [`Que faut-il savoir sur ${withDet}${qm}`, `${K}${colon} que faut-il savoir${qm}`] : [`${K}${colon} que faut-il savoir${qm}`]);
  angles.push([...withDets.slice(0, 4).map((p) => `${K}${colon} les enjeux pour ${det(p)}`), `${K}${colon} les enjeux`]);
  if (figures(article) >= 3) angles.push([`${K} en chiffres`]);
  if (sections >= 3 && sections <= 12) angles.push([`${K}${colon} ${sections} points clés`]);
  angles.push(withDets.slice(0, 4).map((p) => `${capitalize(det(p) ?? '')}${colon} ${key}`));
  angles.push([`${K}${colon} l’essentiel à retenir`]);
  angles.push([`${K}${colon} le guide complet`]);
  const out: TitleCandidate[] = [];
  const seen = new Set<string>();
  for (const forms of angles) {
    for (const r of forms) {
      const text = r.replace(/\s+/g, (m) => (m.includes('\u202f') || m.includes('\u00a0') ? m : ' ')).replace(/'/g, '’');
      const width = titleWidth(text);
      if (width > MAX_TITLE_WIDTH || seen.has(text) || !phrasePasses(text)) continue;
      seen.add(text);
      out.push({ text, width: Math.round(width) });
      break;
    }
    if (out.length >= max) break;
  }
  return out;
}

/** The edit that puts `title` in place of the current title, or adds a `# ` heading when there is none. */
export function titleReplacement(article: Article, title: string): TextEdit {
  const current = article.title;
  if (current) {
    const written = article.text.slice(current.span.start, current.span.end);
    if (written === current.text || current.source !== 'frontMatter') return minimalEdit(current.span.start, written, title);
    const field = article.frontMatter?.fields.find((f) => f.key === current.field);
    if (field) return { start: field.valueSpan.start, end: field.valueSpan.end, newText: quoted(title) };
  }
  const eol = article.text.includes('\r\n') ? '\r\n' : '\n';
  return { start: article.bodyStart, end: article.bodyStart, newText: `# ${title}${eol}${eol}` };
}
