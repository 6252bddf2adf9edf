import { blockMemo } from '../article/blockMemo';
import { wordText } from '../article/wordText';
import type { Article } from '../article/model';
import { foldWord } from '../base/letters';
import { detached } from '../base/memo';
import { cleanupData } from './cleanup';
import { proseMatches } from './proseMatches';
import type { Rule } from './rule';
import { say } from './rule';

const PATTERNS = [
  // « Métac’est » from "Meta's": the English possessive read as "it's" and glued to the name.
  /(?<![\p{L}])(\p{Lu}[\p{L}]+?)c['’]est(?![\p{L}])/gu,
  // « Meta’s », « Google's »: the English possessive left as it is.
  /(?<![\p{L}])(\p{Lu}[\p{L}]+)['’]s(?![\p{L}])/gu,
];

/** What both patterns hold: a letter before « c’est », or « ’s » not followed by a letter. */
const HINT = /[A-Za-z\u00aa-\uffff]c['’]est|['’]s(?![a-z])/;

/** « Let’s », « What’s », « It’s »: English contractions in a quoted English phrase, not possessives. */
const ENGLISH_CONTRACTIONS = new Set(['let', 'what', 'it', 'that', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'when', 'why', 'this']);

/** Per block: each capitalised word by its folded form, the block's last spelling of it. */
function blockSpellings(article: Article, index: number): ReadonlyMap<string, string> {
  const b = article.blocks[index];
  return blockMemo(article, 'fused-words-spellings', index, () => {
    const found = new Map<string, string>();
    for (let k = b.wordStart; k < b.wordEnd; k++) {
      const t = wordText(article, k);
      if (/^\p{Lu}[\p{L}]+$/u.test(t)) found.set(detached(foldWord(t)), detached(t));
    }
    return found;
  });
}

/** The article's last spelling of a capitalised word folded as `folded`, looked up from the last block back. */
function lastSpelling(article: Article, folded: string): string | undefined {
  for (let i = article.blocks.length - 1; i >= 0; i--) {
    const b = article.blocks[i];
    if (b.wordEnd === b.wordStart) continue;
    const t = blockSpellings(article, i).get(folded);
    if (t !== undefined) return t;
  }
  return undefined;
}

export const fusedWordsRule: Rule = {
  meta: {
    id: 'fused-words',
    name: { fr: 'Possessif anglais mal traduit', en: 'Garbled English possessive' },
    description: {
      fr: 'Un possessif anglais que la traduction automatique a laissé (« Meta’s ») ou pris pour « it’s » et collé au nom (« Métac’est » pour « Meta’s »). En français : « Mark Zuckerberg, de Meta », « le PDG de Google ».',
      en: 'An English possessive machine translation left (« Meta’s ») or read as « it’s » and glued to the name (« Métac’est » for « Meta’s »). In French: « Mark Zuckerberg, de Meta », « le PDG de Google ».',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'language',
  },
  check(ctx) {
    // The name as the article writes it elsewhere (« Métac’est » … « Meta »): translation added the accent.
    const matches = proseMatches(ctx.article, 'fused-words', PATTERNS, HINT);
    if (matches.length === 0) return [];
    const spellings = new Map<string, string | undefined>();
    const spelling = (word: string): string | undefined => {
      const folded = foldWord(word);
      if (!spellings.has(folded)) spellings.set(folded, lastSpelling(ctx.article, folded));
      return spellings.get(folded);
    };
    return matches
      .filter((m) => !ENGLISH_CONTRACTIONS.has(m.groups[0]!.toLowerCase()))
      .map((m) => {
      const name = spelling(m.groups[0]!) ?? m.groups[0]!;
      return {
        span: { start: m.start, end: m.end },
        message: say(ctx, {
          fr: `« ${m.text} » vient d’un possessif anglais (« ${name}’s ») : écrivez « … de ${name} ».`,
          en: `« ${m.text} » comes from an English possessive (« ${name}’s »): write « … de ${name} ».`,
        }),
        data: m.which === 0 ? cleanupData([{ start: m.start, end: m.end, newText: name }], { fr: `Ne garder que « ${name} »`, en: `Keep only « ${name} »` }, false, { name }) : { name },
      };
    });
  },
};
