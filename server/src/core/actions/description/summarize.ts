import type { Article } from '../../article/model';
import { contentTerm } from '../../french/stem';
import { continuesPrevious } from '../../french/paragraphOpenings';
import { isStopWord } from '../../french/stopWords';
import { charLength, plainInline } from '../../article/plainText';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from '../../seo/description';
import { textWidth } from '../../seo/width';
import { opensOnBackReference } from '../../french/backReference';
import { shortTextSentences } from '../checklist';
import { shorterForms } from './fit';
import { writerSummary } from './writerSummary';

/** Shorter sentences are captions, asides or transitions rather than statements of the subject. */
const MIN_SENTENCE_WORDS = 6;

const OPENING_MARKUP = new Set(['[', '*', '_', '~', '`']);
/** Template code (Liquid, Hugo, Nunjucks): it renders to text we cannot know, and without it the sentence is garbled. */
const TEMPLATE_TAG = /\{\{|\{%|\{#/;
/**
 * Sentences about the page rather than the subject (« cliquez sur les liens », « ci-dessous »): they
 * make no sense in a results page, where nothing can be clicked but the result itself.
 */
const ABOUT_THE_PAGE = /(?<![\p{L}])(?:cliqu\p{L}*|ci-(?:dessous|dessus|après|contre)|abonnez-vous|inscrivez-vous)(?![\p{L}])/iu;
/** How much a sentence about the page keeps of its score. */
const ABOUT_THE_PAGE_FACTOR = 0.25;

interface Candidate {
  readonly text: string;
  readonly index: number;
  readonly terms: readonly string[];
  readonly intro: boolean;
  score: number;
}

function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu)) {
    const t = contentTerm(m[0]);
    if (t) out.push(t);
  }
  return out;
}

function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ]/g, "'");
}

/** The body's sentences that can stand alone in a description, in document order. */
function candidateSentences(article: Article): Candidate[] {
  const out: Candidate[] = [];
  const firstHeading = article.headings.find((h) => h.level >= 2 && h.span.start > article.bodyStart)?.span.start ?? Infinity;
  article.blocks.forEach((block, b) => {
    if (b === article.titleBlock || block.kind !== 'paragraph' || block.depth !== 0) return;
    for (let s = block.sentenceStart; s < block.sentenceEnd; s++) {
      const sentence = article.sentences[s];
      const words = sentence.wordEnd - sentence.wordStart;
      // A sentence opening on a link or emphasis starts at its word; take the markup's opening with it.
      let start = sentence.start;
      while (start > block.span.start && OPENING_MARKUP.has(article.text.charAt(start - 1))) start--;
      const raw = article.text.slice(start, sentence.end);
      if (TEMPLATE_TAG.test(raw)) continue;
      const text = plainInline(raw);
      // Too short to say anything, or announcing something that follows (a list, an example).
      if (words < MIN_SENTENCE_WORDS || !/[.!?…»)"”]$/.test(text) || !/^[\p{Lu}\p{N}«"“]/u.test(text)) continue;
      out.push({ text, index: out.length, terms: termsOf(text), intro: sentence.start < firstHeading, score: 0 });
    }
  });
  return out;
}

/**
 * Centrality of each sentence: cosine between its terms and the article's (tf·idf over sentences),
 * with the title's terms counted twice in the article's profile and a mild preference for the
 * opening, where writers state their subject.
 */
function scoreSentences(candidates: Candidate[], titleTerms: readonly string[], keyphraseTerms: readonly string[], weights: SummaryWeights): void {
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(c.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length;
  const idf = (t: string): number => Math.log(1 + n / (df.get(t) ?? 1));
  const profile = new Map<string, number>();
  for (const c of candidates) for (const t of c.terms) profile.set(t, (profile.get(t) ?? 0) + 1);
  for (const t of titleTerms) profile.set(t, (profile.get(t) ?? 0) + weights.title);
  let norm = 0;
  for (const [t, f] of profile) norm += (f * idf(t)) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (const c of candidates) {
    const tf = new Map<string, number>();
    for (const t of c.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    let dot = 0;
    let own = 0;
    for (const [t, f] of tf) {
      const w = f * idf(t);
      own += w * w;
      dot += w * (profile.get(t) ?? 0) * idf(t);
    }
    const cosine = own === 0 ? 0 : dot / (Math.sqrt(own) * norm);
    const position = 1 + weights.lead / (1 + c.index);
    const keyphrase = keyphraseTerms.length > 0 && keyphraseTerms.every((t) => c.terms.includes(t)) ? 1.5 : 1;
    // A sentence that leans on the previous one (« Donc », « Cela ») does not stand alone in a snippet.
    const standalone = continuesPrevious(c.text) ? 0.5 : 1;
    const aboutSubject = ABOUT_THE_PAGE.test(c.text) ? ABOUT_THE_PAGE_FACTOR : 1;
    c.score = cosine * position * keyphrase * standalone * aboutSubject * (c.intro ? 1 + weights.intro : 1);
  }
}

/**
 * Cuts `text` to at most `max` characters at a word boundary, without a dangling small word or
 * punctuation, and ends it with an ellipsis. Returns undefined when the result would be shorter than `min`.
 */
export function truncateAtWord(text: string, max: number, min: number): string | undefined {
  if (charLength(text) <= max) return text;
  const chars = [...text];
  let cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  if (space <= 0) return undefined;
  cut = cut.slice(0, space);
  for (;;) {
    const trimmed = cut.replace(/[\s,;:«(—–-]+$/u, '');
    const last = /(\S+)$/.exec(trimmed)?.[1] ?? '';
    if (last !== '' && isStopWord(last.replace(/[^\p{L}'’]/gu, '')) && trimmed.lastIndexOf(' ') > 0) {
      cut = trimmed.slice(0, trimmed.lastIndexOf(' '));
      continue;
    }
    cut = trimmed;
    break;
  }
  const out = /[.!?…]$/.test(cut) ? cut : `${cut.replace(/[.]+$/, '')}…`;
  return charLength(out) >= min ? out : undefined;
}

/** How much the title's terms and the opening sentences weigh in a sentence's score. */
export interface SummaryWeights {
  /** Times each title term is added to the article's profile. */
  readonly title: number;
  /** Bonus of the first sentence (divided by 1 + its rank for the next ones). */
  readonly lead: number;
  /** Bonus of sentences of the introduction (before the first subheading), where writers state their subject. */
  readonly intro: number;
}

/**
 * `lead` 4: the opening sentence weighs five times a later one of the same centrality. Measured by
 * `npm run eval -- --descriptions-only --fold=0|1`: any lead weight from 3 to 10 beats the lead
 * baseline on both halves of the corpus; 4 is not the best of them on either half.
 */
export const SUMMARY_WEIGHTS: SummaryWeights = { title: 2, lead: 4, intro: 0 };

export interface SummaryOptions {
  readonly weights?: Partial<SummaryWeights>;
  /** The focus keyphrase, when the front matter sets one. */
  readonly keyphrase?: string;
  readonly min?: number;
  readonly max?: number;
  /** Widest description in pixels (Arial 14 px), 920 by default. */
  readonly maxPx?: number;
  /** Applied to the text before it is measured and returned (French typography). */
  readonly finish?: (text: string) => string;
}

/**
 * Up to three extractive meta descriptions of `min`–`max` characters (120–156 by default) and at most
 * `maxPx` pixels (920), made of whole sentences only: the writer's own summary first when there is
 * one, then the article's most central sentences that can open a text read alone (no back-reference,
 * no pronoun without antecedent), each followed by the sentences after it. A sentence too long is
 * shortened by dropping its parentheticals, an apposition or its trailing clauses, never cut
 * mid-sentence. With a keyphrase, the sentences that hold it open first. When no candidate reaches
 * `min`, the longest whole-sentence one is kept. Empty when the article has no sentence to offer.
 */
export function describeCandidates(article: Article, options: SummaryOptions = {}): string[] {
  const min = options.min ?? DESCRIPTION_MIN;
  const max = options.max ?? DESCRIPTION_MAX;
  const maxPx = options.maxPx ?? 920;
  const candidates = candidateSentences(article);
  const keyphrase = options.keyphrase?.trim() ?? '';
  scoreSentences(candidates, article.title ? termsOf(article.title.text) : [], keyphrase ? termsOf(keyphrase) : [], { ...SUMMARY_WEIGHTS, ...options.weights });
  const finish = options.finish ?? ((t: string): string => t);
  const within = (text: string): boolean => charLength(finish(text)) <= max && textWidth(finish(text), 14) <= maxPx;
  const fits = (text: string): boolean => within(text) && charLength(finish(text)) >= min;
  const folded = fold(keyphrase);
  const holds = (text: string): boolean => folded !== '' && fold(text).includes(folded);

  /** The best whole-sentence text opening on `opener` and going on with `following`, with the longest fallback. */
  const from = (opener: string, following: readonly string[]): { fit?: string; fallback?: string } => {
    let fallback: string | undefined;
    for (const first of [opener, ...shorterForms(opener)]) {
      if (!within(first)) continue;
      let text = first;
      if (fits(text)) return { fit: text };
      for (const next of following) {
        const whole = `${text} ${next}`;
        if (within(whole)) {
          text = whole;
          if (fits(text)) return { fit: text };
          continue;
        }
        const shorter = shorterForms(next).map((s) => `${text} ${s}`).find(within);
        if (shorter && fits(shorter)) return { fit: shorter };
        if (shorter) text = shorter;
        break;
      }
      // Still short: one of the next few sentences, whole or shortened, that can follow without its neighbours.
      const base = text;
      for (const later of following.slice(0, 5)) {
        if (opensOnBackReference(later) || base.includes(later)) continue;
        const joined = [later, ...shorterForms(later)].map((l) => `${base} ${l}`).find(fits);
        if (joined) return { fit: joined };
      }
      if (!fallback || charLength(text) > charLength(fallback)) fallback = text;
    }
    return fallback ? { fallback } : {};
  };

  const out: string[] = [];
  const fallbacks: string[] = [];
  const offer = (result: { fit?: string; fallback?: string }): void => {
    if (result.fit && !out.includes(result.fit)) out.push(result.fit);
    else if (result.fallback) fallbacks.push(result.fallback);
  };
  const own = writerSummary(article);
  if (own) {
    const sentences = shortTextSentences(own).map((s) => (/[.!?…»"”)]$/u.test(s) ? s : `${s}.`));
    if (sentences.length > 0 && !opensOnBackReference(sentences[0])) offer(from(sentences[0], sentences.slice(1)));
  }
  const ranked = candidates
    .filter((c) => !opensOnBackReference(c.text))
    .sort((a, b) => Number(holds(b.text)) - Number(holds(a.text)) || b.score - a.score || a.index - b.index);
  for (const c of ranked.slice(0, 12)) {
    if (out.length >= 3) break;
    if (out.some((o) => o.startsWith(c.text.slice(0, 40)))) continue;
    offer(from(c.text, candidates.slice(c.index + 1).map((x) => x.text)));
  }
  const holder = fallbacks.filter(holds).sort((a, b) => charLength(b) - charLength(a))[0];
  if (keyphrase && !out.some(holds) && holder) out.unshift(holder);
  else if (keyphrase && !out.some(holds)) {
    // No whole-sentence text holds the keyphrase: open with it, as a label, before the best sentences.
    const head = `${keyphrase.charAt(0).toUpperCase()}${keyphrase.slice(1)} : `;
    const rest: SummaryOptions = { ...(options.weights ? { weights: options.weights } : {}), ...(options.finish ? { finish: options.finish } : {}) };
    const labelled = describeCandidates(article, { ...rest, min: Math.max(0, min - charLength(head)), max: max - charLength(head), maxPx: maxPx - textWidth(head, 14) });
    if (labelled[0]) out.unshift(`${head}${labelled[0]}`);
  }
  if (out.length === 0) {
    const best = fallbacks.sort((a, b) => charLength(b) - charLength(a))[0];
    return best ? [finish(best)] : [];
  }
  return out.slice(0, 3).map(finish);
}

/** The first of `describeCandidates`: the description « generate the meta description » writes. */
export function summarize(article: Article, options: SummaryOptions = {}): string | undefined {
  return describeCandidates(article, options)[0];
}
