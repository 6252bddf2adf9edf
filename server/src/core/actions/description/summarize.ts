import type { Article } from '../../article/model';
import { contentTerm } from '../../french/stem';
import { continuesPrevious } from '../../french/paragraphOpenings';
import { isStopWord } from '../../french/stopWords';
import { charLength, plainInline } from '../../article/plainText';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from '../../seo/description';

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
}

/**
 * An extractive meta description of `min`–`max` characters (120–156 by default): the article's most
 * central sentence and those that follow it, ending on a full sentence or cut at a word with an
 * ellipsis. When a keyphrase is given, the description starts at the most central sentence that holds
 * it; when none does, the description opens with it.
 * Returns undefined when the article has no sentence to offer.
 */
export function summarize(article: Article, options: SummaryOptions = {}): string | undefined {
  const min = options.min ?? DESCRIPTION_MIN;
  const max = options.max ?? DESCRIPTION_MAX;
  const candidates = candidateSentences(article);
  if (candidates.length === 0) return undefined;
  const keyphrase = options.keyphrase?.trim() ?? '';
  scoreSentences(candidates, article.title ? termsOf(article.title.text) : [], keyphrase ? termsOf(keyphrase) : [], { ...SUMMARY_WEIGHTS, ...options.weights });
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index);

  /**
   * From the candidate at `from`, the sentences that follow it in the document, as a reader goes on:
   * whole sentences when they reach `minimum`, else the running text cut at a word.
   */
  const runFrom = (from: number, budget: number, minimum: number): string | undefined => {
    const following = candidates.slice(from);
    let whole = '';
    for (const c of following) {
      const next = whole ? `${whole} ${c.text}` : c.text;
      if (charLength(next) > budget) break;
      whole = next;
    }
    if (charLength(whole) >= minimum) return whole;
    const all = following.map((c) => c.text).join(' ');
    return charLength(all) < minimum ? undefined : truncateAtWord(all, budget, minimum);
  };
  // The most central sentence opens the description (near the start, where writers state their
  // subject, it usually is the first); too close to the end to fill it, the article's opening does.
  const build = (budget: number, minimum: number): string | undefined =>
    runFrom(ranked[0].index, budget, minimum) ?? runFrom(0, budget, minimum) ?? truncateAtWord(ranked[0].text, budget, 1);

  if (!keyphrase) return build(max, min);
  const plain = build(max, min);
  const folded = fold(keyphrase);
  const holds = (text: string | undefined): text is string => text !== undefined && fold(text).includes(folded);
  if (holds(plain)) return plain;
  // Else open on the most central sentence that holds the keyphrase, when there is one.
  const holder = ranked.find((c) => holds(c.text));
  const fromHolder = holder && runFrom(holder.index, max, min);
  if (holds(fromHolder)) return fromHolder;
  // Open with the keyphrase so that it is always there.
  const head = `${keyphrase.charAt(0).toUpperCase()}${keyphrase.slice(1)} : `;
  const rest = build(max - charLength(head), Math.max(0, min - charLength(head)));
  if (!rest) return truncateAtWord(head.replace(/ : $/, '.'), max, 1);
  return head + rest;
}
