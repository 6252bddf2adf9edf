import { blockMemo } from '../article/blockMemo';
import type { RuleFinding } from '../base/finding';
import { isStopWord } from '../french/stopWords';
import { stemWord } from '../french/stem';
import type { Rule } from './rule';
import { say } from './rule';

/** Two uses of a stem closer than this many words read as a repetition (about one line of print). */
const SPAN = 8;
/** Short stems (« an », « mis ») and numbers are left out: they carry little of the style. */
const MIN_LETTERS = 5;

interface Repeat {
  readonly first: number;
  readonly second: number;
}

export const repetitionRule: Rule = {
  meta: {
    id: 'repetition',
    name: { fr: 'Répétition rapprochée', en: 'Close repetition' },
    description: {
      fr: 'Le même mot plein (même radical : « travailleurs »… « travailleurs », « recruter »… « recrutement ») deux fois à moins de huit mots d’écart dans une phrase, ce que la traduction automatique laisse souvent (« débauchage de travailleurs » après « concurrence pour les travailleurs »). Les mots grammaticaux, les mots courts, les noms propres et les chiffres ne comptent pas.',
      en: 'The same content word (same stem: « travailleurs »… « travailleurs », « recruter »… « recrutement ») twice less than eight words apart in a sentence, as machine translation often leaves. Function words, short words, proper names and numbers do not count.',
    },
    defaultSeverity: 'hint',
    category: 'readability',
  },
  check(ctx) {
    const { article } = ctx;
    const out: RuleFinding[] = [];
    article.blocks.forEach((b, i) => {
      if (b.wordEnd === b.wordStart || b.kind === 'code' || b.kind === 'html' || b.kind === 'table') return;
      const repeats = blockMemo(article, 'repetition', i, () => {
        const found: Repeat[] = [];
        for (let s = b.sentenceStart; s < b.sentenceEnd; s++) {
          const sentence = article.sentences[s];
          const last = new Map<string, number>();
          for (let k = sentence.wordStart; k < sentence.wordEnd; k++) {
            const w = article.masked.slice(article.words[k].start, article.words[k].end);
            if (w.length < MIN_LETTERS || /\d/.test(w) || /^\p{Lu}/u.test(w) || isStopWord(w)) continue;
            const stem = stemWord(w);
            if (stem.length < 4) continue;
            const before = last.get(stem);
            if (before !== undefined && k - before <= SPAN) found.push({ first: before - b.wordStart, second: k - b.wordStart });
            last.set(stem, k);
          }
        }
        return found;
      });
      for (const r of repeats) {
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
