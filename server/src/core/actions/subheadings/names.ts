import type { Article } from '../../article/model';
import { blockMemo, blockTextMemo } from '../../article/blockMemo';
import { detached } from '../../base/memo';
import { contentTerm } from '../../french/stem';
import { normalizeToken } from '../../french/stopWords';
import { looksLikeHeading } from './cues';
import { badEnding } from '../../french/lexicon/phrase';
import { analyses } from '../../french/lexicon/lexicon';
import { phrasePasses } from '../checklist';
import type { Unit } from './units';

/** Words that may link two content words inside a noun phrase (« gestion de la dette »). */
const LINKS = new Set(['de', 'du', 'des', "d'", 'à', 'au', 'aux', 'en', 'et', 'pour', 'sur', 'la', 'le', 'les', "l'", 'avec', 'sans', 'par']);
const ARTICLES_AFTER_VERB = new Set(['le', 'la', 'les', "l'", 'un', 'une']);
/** Articles that may only follow a preposition inside a phrase. */
const ARTICLES = new Set(['la', 'le', 'les', "l'"]);
/**
 * Words after which a noun phrase starts (determiners and prepositions): a phrase opens after one of
 * them or at a sentence start, which keeps verbs, participles and trailing adjectives out of headings.
 */
const OPENERS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses',
  'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'à', 'en', 'pour', 'par', 'sur', 'avec', 'sans',
  'dans', 'entre', 'chez', 'vers', 'sous', 'contre', 'plusieurs', 'quelques', 'chaque', 'certains', 'certaines',
]);
/** Endings of conjugated verbs (the future tense too: « gardera », « pourra »): such words neither open nor close a heading. */
const VERB_ENDING = /(?:aient|ait|èrent|eront|erons|eraient|erait|iez|ons|ez|era|ira|[dtr]ra|iront|[dtr]ront)$/u;
/** « mise à jour », « prise en charge »: nouns whose phrase goes on through « à » or « en ». */
const SET_PHRASE_HEADS = new Set(['mise', 'mises', 'prise', 'prises']);
/** An elision that cannot open a heading (« d’entreprise », « qu’il »). */
const BAD_OPENING_ELISION = /^(?:d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ]/iu;

const MAX_CONTENT_WORDS = 4;
const MAX_WORDS = 8;

interface Token {
  readonly surface: string;
  readonly norm: string;
  /** Content stem, or undefined for stop words and numbers. */
  readonly term?: string;
  readonly sentenceStart: boolean;
  /** Only spaces separate it from the next token of the sentence. */
  readonly joinsNext: boolean;
}

interface Candidate {
  readonly words: readonly Token[];
  readonly score: number;
  readonly key: string;
}

/** A unit's terms, each once: units keep their terms array from version to version while unchanged. */
const distinct = new WeakMap<readonly string[], readonly string[]>();
function distinctTerms(terms: readonly string[]): readonly string[] {
  let own = distinct.get(terms);
  if (!own) distinct.set(terms, (own = [...new Set(terms)]));
  return own;
}

/** A sentence's tokens and the phrases that could name a section, with their surface keys. */
interface SentencePhrases {
  readonly tokens: readonly Token[];
  readonly phrases: readonly { readonly words: readonly Token[]; readonly surface: string }[];
}

/**
 * A block's sentences as tokens with their candidate phrases, or none for a block no section is named
 * from (headings, code, HTML, tables, numbered steps: « 1. Ouvrez le Mac App Store » is an instruction,
 * not a topic). Nothing in them depends on where the block lies: memoised on its raw text (the joins
 * read it), with strings copied so that no version of the document stays alive through them.
 */
function blockSentences(article: Article, b: number): readonly SentencePhrases[] {
  const block = article.blocks[b];
  if (block.kind === 'heading' || block.kind === 'code' || block.kind === 'html' || block.kind === 'table') return [];
  return blockTextMemo(article, 'subheadings.phrases', b, block.span.start, block.span.end, () => {
    if (block.kind === 'listItem' && /^\s*\d+[.)]\s/.test(article.text.slice(block.span.start, block.span.end))) return [];
    const out: SentencePhrases[] = [];
    for (let s = block.sentenceStart; s < block.sentenceEnd; s++) {
      const sentence = article.sentences[s];
      const tokens: Token[] = [];
      for (let w = sentence.wordStart; w < sentence.wordEnd; w++) {
        const word = article.words[w];
        const surface = detached(article.masked.slice(word.start, word.end));
        const next = article.words[w + 1];
        const gap = next && w + 1 < sentence.wordEnd ? article.masked.slice(word.end, next.start) : '.';
        const term = contentTerm(surface);
        tokens.push({
          surface,
          norm: detached(normalizeToken(surface)),
          ...(term ? { term: detached(term) } : {}),
          sentenceStart: w === sentence.wordStart,
          // Masked code and HTML read as spaces: a word on either side of them does not join.
          // Nor across a link's brackets or a line break (list items, steps).
          joinsNext: /^[ \t\u00a0\u202f]+$/.test(gap) && !/[`<{[\]()\n*_]/.test(article.text.slice(word.end, next?.start ?? word.end)),
        });
      }
      out.push({ tokens, phrases: phrases(tokens).map((words) => ({ words, surface: words.map((w) => w.norm).join(' ') })) });
    }
    return out;
  });
}

function sectionTokens(article: Article, units: readonly Unit[], from: number, to: number): SentencePhrases[] {
  const sentences: SentencePhrases[] = [];
  for (let u = from; u < to; u++) {
    for (let b = units[u].blockStart; b < units[u].blockEnd; b++) {
      // A line that already reads like a heading is not named again: the new heading would repeat it.
      if (u === from && b === units[u].blockStart && looksLikeHeading(units[u].firstText)) continue;
      for (const sentence of blockSentences(article, b)) sentences.push(sentence);
    }
  }
  return sentences;
}

/** The text of every sentence, normalised: a heading must not repeat one word for word. */
function sentenceTexts(article: Article): Set<string> {
  const texts = new Set<string>();
  article.blocks.forEach((block, b) => {
    if (block.sentenceEnd === block.sentenceStart) return;
    const own = blockMemo(article, 'subheadings.sentenceTexts', b, () => {
      const out: string[] = [];
      for (let s = block.sentenceStart; s < block.sentenceEnd; s++) {
        const sentence = article.sentences[s];
        out.push(detached(normalizeToken(article.masked.slice(sentence.start, sentence.end)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()));
      }
      return out;
    });
    for (const t of own) texts.add(t);
  });
  return texts;
}

function isVerb(t: Token): boolean {
  const all = analyses(t.surface);
  return all.some((a) => a.pos === 'verb') && !all.some((a) => a.pos === 'noun' || a.pos === 'adjective' || a.pos === 'pastParticiple');
}

function canEdge(t: Token): boolean {
  return t.term !== undefined && !VERB_ENDING.test(t.norm) && !/^\d/.test(t.norm) && !isVerb(t) && badEnding(t.surface) === undefined;
}

/** Noun-phrase-like runs: content words joined by links, opening and closing on a content word. */
function phrases(sentence: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  for (let i = 0; i < sentence.length; i++) {
    const first = sentence[i];
    if (!canEdge(first) || BAD_OPENING_ELISION.test(first.surface)) continue;
    const before = sentence[i - 1];
    if (before && !(OPENERS.has(before.norm) && before.joinsNext) && !/^(?:l|d)'/.test(first.norm)) continue;
    if (before && /(?:er|ir)$/.test(first.norm) && ['sans', 'pour', 'par', 'à'].includes(before.norm)) continue;
    if (before?.norm === 'en' && /ant$/.test(first.norm)) continue; // a gerund (« en utilisant »)
    // The end of a set phrase (« mise à jour », « prise en charge ») is not a name of its own.
    if (before && (before.norm === 'à' || before.norm === 'en') && SET_PHRASE_HEADS.has(sentence[i - 2]?.norm ?? '')) continue;
    const run: Token[] = [first];
    let content = 1;
    if (content >= 1) out.push([...run]);
    for (let j = i + 1; j < sentence.length && run.length < MAX_WORDS; j++) {
      if (!sentence[j - 1].joinsNext) break;
      const t = sentence[j];
      const prev = run[run.length - 1];
      if (t.term) {
        if (isVerb(t)) break; // a clause starts: « Conformité au cadre légal implique »
        // Likely verbs: « -ent » right after a noun (« les utilisateurs aiment »), an infinitive after
        // « sans », « pour », « par », « à ».
        if (prev.term && /ent$/.test(t.norm)) break;
        if (/(?:er|ir)$/.test(t.norm) && ['sans', 'pour', 'par', 'à'].includes(prev.norm)) break;
        // A gerund (« en fonctionnant ») or a passive participle with its agent (« causée par »)
        // starts a clause, not a longer name.
        if (prev.norm === 'en' && /ant$/.test(t.norm)) break;
        if (/^n'/.test(t.norm)) break; // a negation: « le message n’apparaît »
        if (/(?:é|ée|és|ées)$/.test(t.norm) && sentence[j + 1]?.norm === 'par') break;
        content++;
        if (content > MAX_CONTENT_WORDS) break;
        run.push(t);
        // A word followed by an article takes an object: it is a verb (« le client aime les… »).
        const after = sentence[j + 1];
        if (canEdge(t) && !(after && t.joinsNext && ARTICLES_AFTER_VERB.has(after.norm))) out.push([...run]);
      } else if (prev.norm === 'et') {
        break; // « et » joins two content words only
      } else if (LINKS.has(t.norm) && (!ARTICLES.has(t.norm) || (prev.term === undefined && !ARTICLES.has(prev.norm)))) {
        run.push(t);
      } else break;
    }
  }
  return out;
}

function keyOf(words: readonly Token[]): string {
  return words
    .filter((w) => w.term)
    .map((w) => w.term)
    .sort()
    .join(' ');
}

/**
 * First letter upper case, the rest as written; a first word already spelt with a capital inside
 * (« iPhone », « eBay », « macOS ») is a name and keeps its spelling.
 */
export function formatHeading(words: readonly Token[]): string {
  const parts = words.map((w) => w.surface.replace(/'/g, '’'));
  const text = parts.join(' ');
  if (/^\p{Ll}+\p{Lu}/u.test(parts[0] ?? '')) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Names each section from its salient terms: the noun-phrase-like run of words whose stems are the
 * most specific to the section (frequent in it, rare in the others), 2 to 8 words, unlike every
 * other heading of the document. Returns undefined when the section has no content word.
 */
export function nameSections(
  article: Article,
  units: readonly Unit[],
  sections: readonly { from: number; to: number }[],
  existingHeadings: readonly string[],
): (string | undefined)[] {
  const tokens = sections.map((s) => sectionTokens(article, units, s.from, s.to));
  // Document frequency of stems across the units of the whole body (finer than across sections).
  const df = new Map<string, number>();
  for (const u of units) for (const t of distinctTerms(u.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, units.length);
  const used = new Set(existingHeadings.map((h) => keyOf(h.split(/\s+/).map((w) => ({ surface: w, norm: normalizeToken(w), ...(contentTerm(w) ? { term: contentTerm(w) } : {}), sentenceStart: false, joinsNext: true })))));
  const sentencesText = sentenceTexts(article);

  return tokens.map((sentences) => {
    const tf = new Map<string, number>();
    for (const s of sentences) for (const t of s.tokens) if (t.term) tf.set(t.term, (tf.get(t.term) ?? 0) + 1);
    const weight = (term: string): number => (tf.get(term) ?? 0) * Math.log(1 + n / (df.get(term) ?? 1));
    const seen = new Map<string, { words: readonly Token[]; count: number; firstAt: number }>();
    let position = 0;
    for (const s of sentences) {
      for (const { words, surface } of s.phrases) {
        const entry = seen.get(surface);
        if (entry) entry.count++;
        else seen.set(surface, { words, count: 1, firstAt: position });
      }
      position++;
    }
    const candidates: Candidate[] = [];
    for (const { words, count, firstAt } of seen.values()) {
      const terms = words.filter((w) => w.term).map((w) => w.term as string);
      const distinct = new Set(terms);
      if (distinct.size !== terms.length) continue;
      let sum = 0;
      for (const t of distinct) sum += weight(t);
      // Longer phrases say more but their extra words must pull their weight; repetition confirms a term.
      const score = (sum / Math.sqrt(terms.length)) * (terms.length >= 2 ? 1.25 : 1) * (1 + 0.15 * Math.log(count)) * (1 + 0.3 / (1 + firstAt));
      candidates.push({ words, score, key: keyOf(words) });
    }
    candidates.sort((a, b) => b.score - a.score);
    for (const c of candidates) {
      if (c.words.length < 2 || used.has(c.key)) continue;
      // Names alone (« Google et Meta ») say who, not what: a heading needs a common noun too.
      if (!c.words.some((w) => w.term && /^\p{Ll}/u.test(w.surface))) continue;
      const normalized = c.words.map((w) => w.norm).join(' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (sentencesText.has(normalized)) continue;
      const heading = formatHeading(c.words);
      if (!phrasePasses(heading)) continue;
      used.add(c.key);
      return heading;
    }
    // No phrase of two words: join the two most salient single words.
    const singles = candidates.filter((c) => c.words.length === 1);
    for (let a = 0; a < singles.length; a++) {
      for (let b = a + 1; b < Math.min(singles.length, a + 4); b++) {
        const words = [singles[a].words[0], { surface: 'et', norm: 'et', sentenceStart: false, joinsNext: true }, singles[b].words[0]];
        const key = keyOf(words);
        if (used.has(key) || !phrasePasses(formatHeading(words))) continue;
        used.add(key);
        return formatHeading(words);
      }
    }
    return undefined;
  });
}

