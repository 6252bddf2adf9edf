import { formatNumber } from '../base/i18n';
import type { Sentence } from '../article/model';
import type { Rule } from './rule';
import type { RuleFinding } from '../base/finding';
import { say } from './rule';
import { blockFolded } from '../french/words';
import { isBodyProse, isListLike } from '../article/body';

/** Articles and determiners after which the next word is compared too (« Le site… », « Le client… »). */
const ARTICLES = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'ce', 'cet', 'cette', 'ces']);

export const consecutiveSentencesRule: Rule = {
  meta: {
    id: 'consecutive-sentences',
    name: { fr: 'Débuts de phrases répétés', en: 'Repeated sentence starts' },
    description: {
      fr: 'Une suite de plume.readability.sameStartRun phrases ou plus (3 par défaut) qui commencent par le même mot, ou par les deux mêmes mots quand le premier est un article (« Le site… Le site… »). La répétition lasse ; variez les tournures. Les listes ne comptent pas : des puces parallèles (« Les branches de… ») sont le propre d’une énumération.',
      en: 'A run of plume.readability.sameStartRun or more sentences (3 by default) starting with the same word, or with the same two words when the first is an article (« Le site… Le site… »). Repetition tires readers; vary the openings. Lists do not count: parallel items (« Les branches de… ») are what enumerations are made of.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'readability',
    options: ['readability.sameStartRun'],
  },
  check(ctx) {
    const { article } = ctx;
    const min = ctx.settings.readability.sameStartRun;
    const findings: RuleFinding[] = [];
    let run: Sentence[] = [];
    let key = '';
    const close = (): void => {
      if (run.length >= min) {
        findings.push({
          span: { start: run[0].start, end: run[run.length - 1].end },
          message: say(ctx, {
            fr: `Début répété : ${formatNumber(run.length, ctx.locale)} phrases à la suite s’ouvrent sur « ${startText(article.masked, article.words, run[0])} ». Commencez l’une d’elles autrement.`,
            en: `Repeated opening: ${formatNumber(run.length, ctx.locale)} sentences in a row open with « ${startText(article.masked, article.words, run[0])} ». Start one of them differently.`,
          }),
          data: { count: run.length },
        });
      }
      run = [];
      key = '';
    };
    article.blocks.forEach((b, i) => {
      if (!isBodyProse(article, b, i) || b.kind === 'table' || b.kind === 'listItem' || isListLike(article, b)) {
        // Headings, code, tables, lists (checklists and definitions written as paragraphs too) and HTML
        // break a run; HTML comments do not.
        // An HTML or JSX block (an <aside>, a <Sandpack>, </Solution>) stands between the sentences too.
        if (b.kind !== 'html' || !article.text.startsWith('<!--', b.span.start)) close();
        return;
      }
      const folded = blockFolded(article, i);
      for (let s = b.sentenceStart; s < b.sentenceEnd; s++) {
        const sentence = article.sentences[s];
        const k = startKey(folded, sentence.wordStart - b.wordStart, sentence.wordEnd - b.wordStart);
        if (k !== '' && k === key) run.push(sentence);
        else {
          close();
          key = k;
          run = [sentence];
        }
      }
    });
    close();
    return findings;
  },
};

/** The opening of the sentence whose words are `folded[from, to)`: its first word, two after an article. */
function startKey(folded: readonly string[], from: number, to: number): string {
  if (to <= from) return '';
  const first = folded[from];
  if (ARTICLES.has(first) && to - from > 1) return `${first} ${folded[from + 1]}`;
  return first;
}

function startText(masked: string, words: readonly { start: number; end: number }[], s: Sentence): string {
  const first = words[s.wordStart];
  const two = ARTICLES.has(masked.slice(first.start, first.end).toLowerCase()) && s.wordEnd - s.wordStart > 1;
  return masked.slice(first.start, (two ? words[s.wordStart + 1] : first).end).replace(/\s+/g, ' ');
}
