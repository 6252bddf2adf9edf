import { blockMemo } from '../article/blockMemo';
import { wordText } from '../article/wordText';
import type { RuleFinding } from '../base/finding';
import { isStopWord } from '../french/stopWords';
import { stemWord } from '../french/stem';
import { boundedMemo, detached } from '../base/memo';
import { stemCounts } from '../french/words';
import { inBraces, mayBeInBraces } from './proseContext';
import type { Rule } from './rule';
import { say } from './rule';

/** Two uses of a stem closer than this many words read as a repetition (about one line of print). */
const SPAN = 10;
/** A stem used this often in the article is its subject (« composant », « version »): repeating it is unavoidable. */
const TOPIC_USES = 4;
/** Short stems (« an », « mis ») and numbers are left out: they carry little of the style. */
const MIN_LETTERS = 5;

const REDUPLICATION = /^\s*(?:par|après|à|en|pour|contre|sur|de)\s*$/u;

/**
 * The stem by which a word counts for repetition, or '' for a word that does not count (short,
 * a number, a name, a function word, a short stem). Remembered per word: prose repeats its words.
 */
const candidateStem = boundedMemo((w: string): string => {
  if (w.length < MIN_LETTERS || /\d/.test(w) || /^\p{Lu}/u.test(w) || isStopWord(w)) return '';
  const stem = stemWord(w);
  return stem.length < 4 ? '' : detached(stem);
});

interface Repeat {
  readonly first: number;
  readonly second: number;
  readonly stem: string;
}

export const repetitionRule: Rule = {
  meta: {
    id: 'repetition',
    name: { fr: 'Répétition rapprochée', en: 'Close repetition' },
    description: {
      fr: 'Le même mot plein (même radical : « travailleurs »… « travailleurs », « recruter »… « recrutement ») deux fois à moins de dix mots d’écart dans une phrase, sans virgule ni « et » entre eux (une figure voulue), ce que la traduction automatique laisse souvent (« débauchage de travailleurs » après « concurrence pour les travailleurs »). Les mots grammaticaux, les mots courts, les noms propres, les chiffres et le sujet de l’article (un radical employé quatre fois ou plus) ne comptent pas.',
      en: 'The same content word (same stem: « travailleurs »… « travailleurs », « recruter »… « recrutement ») twice less than ten words apart in a sentence, with no comma nor « et » between them (a deliberate figure), as machine translation often leaves. Function words, short words, proper names, numbers and the article’s subject (a stem used four times or more) do not count.',
    },
    defaultSeverity: 'hint',
    weight: 1,
    category: 'readability',
  },
  check(ctx) {
    const { article } = ctx;
    const out: RuleFinding[] = [];
    let uses: ReadonlyMap<string, number> | undefined;
    article.blocks.forEach((b, i) => {
      if (b.wordEnd === b.wordStart || b.kind === 'code' || b.kind === 'html' || b.kind === 'table') return;
      const repeats = blockMemo(article, 'repetition', i, () => {
        const found: Repeat[] = [];
        const braces = mayBeInBraces(article.text, b.span.start, b.span.end);
        for (let s = b.sentenceStart; s < b.sentenceEnd; s++) {
          const sentence = article.sentences[s];
          const last = new Map<string, number>();
          for (let k = sentence.wordStart; k < sentence.wordEnd; k++) {
            const stem = candidateStem(wordText(article, k));
            if (stem === '' || (braces && inBraces(article.text, article.words[k].start))) continue;
            const before = last.get(stem);
            // A comma, a colon or « et »/« ou » between them is a figure (« difficile à trouver, difficile à
            // comprendre »), not a slip.
            const between = before === undefined ? '' : article.masked.slice(article.words[before].end, article.words[k].start);
            // « étape par étape », « de temps en temps », « secteur après secteur »: idioms made of the repetition.
            if (before !== undefined && k - before <= SPAN && !/[,;:()–—]|\s(?:et|ou|ni|puis)\s/u.test(between) && !REDUPLICATION.test(between)) {
              found.push({ first: before - b.wordStart, second: k - b.wordStart, stem });
            }
            last.set(stem, k);
          }
        }
        return found;
      });
      for (const r of repeats) {
        uses ??= stemCounts(article);
        if ((uses.get(r.stem) ?? 0) >= TOPIC_USES) continue;
        const first = article.words[b.wordStart + r.first];
        const second = article.words[b.wordStart + r.second];
        const a = article.text.slice(first.start, first.end);
        const z = article.text.slice(second.start, second.end);
        out.push({
          span: { start: second.start, end: second.end },
          message: say(ctx, {
            fr: `« ${z} » répète « ${a} », quelques mots plus tôt : un synonyme, un pronom ou une phrase reformulée ?`,
            en: `« ${z} » repeats « ${a} » a few words earlier: a synonym, a pronoun or a rephrased sentence?`,
          }),
          data: { first: { start: first.start, end: first.end } },
        });
      }
    });
    return out;
  },
};
