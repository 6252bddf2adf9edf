import { blockMemo } from '../article/blockMemo';
import { wordText } from '../article/wordText';
import { countSyllables } from '../french/syllables';
import { formatNumber } from '../base/i18n';
import type { Rule, RuleContext } from './rule';
import { articleAnchor, say } from './rule';
import { isBodyProse } from '../article/body';

/** Too few sentences give a meaningless score. */
const MIN_SENTENCES = 5;

export const readabilityRule: Rule = {
  meta: {
    id: 'readability',
    name: { fr: 'Lisibilité (Kandel et Moles)', en: 'Readability (Kandel & Moles)' },
    description: {
      fr: 'Le score de Kandel et Moles, adaptation française de la formule de Flesch, vaut 207 − 1,015 × (mots par phrase) − 73,6 × (syllabes par mot). Il va d’environ 0 (très difficile) à 100 (très facile) ; sous plume.readability.minScore (50 par défaut), le texte demande un effort soutenu. Les syllabes se comptent à la française (e muet final, -es, -ent des verbes). Raccourcissez les phrases et préférez les mots courts.',
      en: 'The Kandel & Moles score, the French adaptation of the Flesch formula, is 207 − 1.015 × (words per sentence) − 73.6 × (syllables per word). It runs from about 0 (very hard) to 100 (very easy); under plume.readability.minScore (50 by default) the text takes sustained effort. Syllables are counted the French way (mute final e, -es, verb -ent). Shorten sentences and prefer short words.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'readability',
    options: ['readability.minScore'],
  },
  check(ctx) {
    const m = measure(ctx);
    const min = ctx.settings.readability.minScore;
    if (!m || m.score >= min) return [];
    const l = ctx.locale;
    return [
      {
        span: articleAnchor(ctx.article),
        message: say(ctx, {
          fr: `Lisibilité de Kandel et Moles : ${formatNumber(m.score, l)} (sous ${formatNumber(min, l)}), ${formatNumber(m.wordsPerSentence, l)} mots par phrase et ${formatNumber(m.syllablesPerWord, l)} syllabes par mot.`,
          en: `Kandel & Moles readability: ${formatNumber(m.score, l)} (under ${formatNumber(min, l)}), ${formatNumber(m.wordsPerSentence, l)} words per sentence and ${formatNumber(m.syllablesPerWord, l)} syllables per word.`,
        }),
        data: { score: m.score },
      },
    ];
  },
  metrics(ctx) {
    const m = measure(ctx);
    return m ? { readability: m.score, wordsPerSentence: m.wordsPerSentence, syllablesPerWord: m.syllablesPerWord } : undefined;
  },
};

const cache = new WeakMap<object, ReturnType<typeof compute>>();

function measure(ctx: RuleContext) {
  let m = cache.get(ctx.article);
  if (m === undefined) {
    m = compute(ctx);
    cache.set(ctx.article, m);
  }
  return m;
}

function compute(ctx: RuleContext) {
  const { article } = ctx;
  // The body sentences (as `bodySentences` lists them), block by block: each block's syllable count
  // is reused while its text is unchanged.
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  article.blocks.forEach((b, i) => {
    if (!isBodyProse(article, b, i) || b.kind === 'table' || b.sentenceEnd === b.sentenceStart) return;
    sentences += b.sentenceEnd - b.sentenceStart;
    for (let k = b.sentenceStart; k < b.sentenceEnd; k++) words += article.sentences[k].wordEnd - article.sentences[k].wordStart;
    syllables += blockMemo(article, 'syllables', i, () => {
      let n = 0;
      for (let k = b.sentenceStart; k < b.sentenceEnd; k++) {
        const s = article.sentences[k];
        for (let j = s.wordStart; j < s.wordEnd; j++) n += countSyllables(wordText(article, j));
      }
      return n;
    });
  });
  if (sentences < MIN_SENTENCES) return undefined;
  const wps = words / sentences;
  const spw = syllables / words;
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return { score: round1(207 - 1.015 * wps - 73.6 * spw), wordsPerSentence: round1(wps), syllablesPerWord: Math.round(spw * 100) / 100 };
}
