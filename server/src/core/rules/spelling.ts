import { blockMemo } from '../article/blockMemo';
import type { Article } from '../article/model';
import type { RuleFinding } from '../base/finding';
import { frenchDictionary } from '../french/spelling/dictionary';
import type { Rule } from './rule';
import { say } from './rule';

/** A block where more words than this share are unknown is not French prose (a quote, code-like text). */
const MAX_UNKNOWN_SHARE = 0.3;

/** Indices (from the block's first word) of the lower-case words the dictionary does not know. */
function unknownWords(article: Article, index: number): readonly number[] {
  const b = article.blocks[index];
  return blockMemo(article, 'spelling', index, () => {
    const dictionary = frenchDictionary();
    const out: number[] = [];
    let judged = 0;
    for (let k = b.wordStart; k < b.wordEnd; k++) {
      const raw = article.masked.slice(article.words[k].start, article.words[k].end);
      // « d’Inflection », « l’iPhone »: the elided article says nothing of the name after it.
      const w = raw.replace(/^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu, (e) => (/^\p{Ll}/u.test(raw.slice(e.length)) ? e : ''));
      if (w !== raw && w === '') continue;
      // Capitalised words are names (translated ones are `translated-names`' job); digits, symbols
      // and one-letter words are not spelling.
      if (w.length < 2 || !/^\p{Ll}/u.test(w) || /\p{Lu}/u.test(w.slice(1)) || /[\d_@#/]/.test(w)) continue;
      judged++;
      if (dictionary.correct(w)) continue;
      // « mise-à-jour », « lazy-loadées »: a compound whose every part is a word passes.
      if (/-/.test(w) && w.split('-').every((part) => part === '' || dictionary.correct(part))) continue;
      out.push(k - b.wordStart);
    }
    return judged > 0 && out.length / judged > MAX_UNKNOWN_SHARE ? [] : out;
  });
}

/** Words the article itself vouches for: its title's and front matter's words, and every word used twice. */
function vouched(article: Article): Set<string> {
  const out = new Set<string>();
  const fm = article.frontMatter;
  if (fm) {
    for (const m of article.text.slice(fm.contentSpan.start, fm.contentSpan.end).matchAll(/[\p{L}][\p{L}’'-]*/gu)) out.add(m[0].toLowerCase());
  }
  if (article.title) for (const m of article.title.text.matchAll(/[\p{L}][\p{L}’'-]*/gu)) out.add(m[0].toLowerCase());
  return out;
}

export const spellingRule: Rule = {
  meta: {
    id: 'spelling',
    name: { fr: 'Orthographe', en: 'Spelling' },
    description: {
      fr: 'Un mot que le dictionnaire français (Grammalecte, via `dictionary-fr`, MPL-2.0) ne connaît pas, avec ses suggestions en corrections rapides. Ne sont pas jugés : le code, les liens, les mots à majuscule (des noms propres), les mots du titre et du front matter (étiquettes), les paragraphes qui ne sont pas en français, et les mots de `plume.words` (le dictionnaire du projet, dans `.plumerc.json`).',
      en: 'A word the French dictionary (Grammalecte, through `dictionary-fr`, MPL-2.0) does not know, with its suggestions as quick fixes. Not judged: code, links, capitalised words (proper names), the words of the title and front matter (tags), paragraphs not in French, and the words of `plume.words` (the project dictionary, in `.plumerc.json`).',
    },
    defaultSeverity: 'information',
    category: 'language',
    options: ['words'],
  },
  check(ctx) {
    const { article } = ctx;
    const out: RuleFinding[] = [];
    const accepted = new Set(ctx.settings.words.map((w) => w.toLowerCase().replace(/[’]/g, "'")));
    let exempt: Set<string> | undefined;
    article.blocks.forEach((b, i) => {
      if (i === article.titleBlock || b.wordEnd === b.wordStart || b.kind === 'code' || b.kind === 'html') return;
      for (const k of unknownWords(article, i)) {
        const word = article.words[b.wordStart + k];
        const text = article.masked.slice(word.start, word.end);
        const key = text.toLowerCase().replace(/[’]/g, "'");
        if (accepted.has(key)) continue;
        exempt ??= vouched(article);
        if (exempt.has(text.toLowerCase())) continue;
        out.push({
          span: { start: word.start, end: word.end },
          message: say(ctx, {
            fr: `« ${text} » n’est pas dans le dictionnaire : faute de frappe, mot anglais ou mot à ajouter au dictionnaire du projet (plume.words) ?`,
            en: `« ${text} » is not in the dictionary: a typo, an English word, or a word to add to the project dictionary (plume.words)?`,
          }),
          data: { word: text },
        });
      }
    });
    return out;
  },
};
