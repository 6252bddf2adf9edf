import type { Article } from '../../article/model';
import { contentTerm } from '../../french/stemmer';
import { continuesPrevious } from '../../french/connectors';
import { isStopWord } from '../../french/stopWords';
import { charLength, plainInline } from './plainText';

export const DESCRIPTION_MIN = 120;
export const DESCRIPTION_MAX = 156;

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
      const text = plainInline(article.text.slice(sentence.start, sentence.end));
      // Too short to say anything, or announcing something that follows (a list, an example).
      if (words < 5 || !/[.!?…»)"”]$/.test(text) || !/^[\p{Lu}\p{N}«"“]/u.test(text)) continue;
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
    c.score = cosine * position * keyphrase * standalone * (c.intro ? 1 + weights.intro : 1);
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

export const SUMMARY_WEIGHTS: SummaryWeights = { title: 2, lead: 2, intro: 0 };

export interface SummaryOptions {
  readonly weights?: Partial<SummaryWeights>;
  /** The focus keyphrase, when the front matter sets one. */
  readonly keyphrase?: string;
  readonly min?: number;
  readonly max?: number;
}

/**
 * An extractive meta description: the most central sentences, kept in document order, of
 * `min`–`max` characters (120–156 by default), ending on a full sentence or cut at a word with an
 * ellipsis. When a keyphrase is given and no chosen sentence holds it, the description opens with it.
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
  const join = (chosen: Candidate[]): string => [...chosen].sort((a, b) => a.index - b.index).map((c) => c.text).join(' ');

  const build = (budget: number, minimum: number): string | undefined => {
    const chosen: Candidate[] = [];
    let best: string | undefined;
    for (const c of ranked) {
      const text = join([...chosen, c]);
      if (charLength(text) <= budget) {
        chosen.push(c);
        best = text;
        // Once long enough, one more pass only tops it up with a sentence that still fits.
        if (charLength(text) >= minimum) {
          for (const d of ranked) {
            if (chosen.includes(d)) continue;
            const more = join([...chosen, d]);
            if (charLength(more) <= budget) return more;
          }
          return text;
        }
      }
    }
    // Nothing fits whole: complete with the best remaining sentence, cut at a word, when it comes last.
    for (const c of ranked) {
      if (chosen.includes(c) || !chosen.every((x) => x.index < c.index)) continue;
      const prefix = join(chosen);
      const room = budget - charLength(prefix) - (prefix ? 1 : 0);
      const cut = truncateAtWord(c.text, room, Math.max(0, minimum - charLength(prefix) - (prefix ? 1 : 0)));
      if (cut) return prefix ? `${prefix} ${cut}` : cut;
    }
    // Else the running text from the best sentence on (or from the start), cut at a word.
    for (const from of [ranked[0].index, 0]) {
      const run = candidates.slice(from).map((c) => c.text).join(' ');
      const cut = truncateAtWord(run, budget, minimum);
      if (cut) return cut;
    }
    return best ?? truncateAtWord(ranked[0].text, budget, 1);
  };

  if (!keyphrase) return build(max, min);
  const plain = build(max, min);
  if (plain && fold(plain).includes(fold(keyphrase))) return plain;
  // Open with the keyphrase so that it is always there.
  const head = `${keyphrase.charAt(0).toUpperCase()}${keyphrase.slice(1)} : `;
  const rest = build(max - charLength(head), Math.max(0, min - charLength(head)));
  if (!rest) return truncateAtWord(head.replace(/ : $/, '.'), max, 1);
  return head + rest;
}
