import { blockMemo } from '../article/blockMemo';
import { wordText } from '../article/wordText';
import type { Article } from '../article/model';
import type { RuleFinding } from '../base/finding';
import { englishDictionary, frenchDictionary } from '../french/spelling/dictionary';
import type { Hunspell } from '../french/spelling/hunspell';
import { boundedMemo } from '../base/memo';
import { inBraces } from './proseContext';
import type { Rule } from './rule';
import { say } from './rule';

/** A block where more words than this share are unknown is not French prose (a quote, code-like text). */
const MAX_UNKNOWN_SHARE = 0.3;

const SKIPPED = 0;
const KNOWN = 1;
const UNKNOWN = 2;
type Verdict = typeof SKIPPED | typeof KNOWN | typeof UNKNOWN;

/**
 * What the dictionaries say of a word as written, whatever its place: not judged, known, or unknown
 * (then its place decides, see `outsideProse`). Remembered per word: prose repeats its words, and
 * each verdict costs a few regular expressions and several dictionary look-ups.
 */
const wordVerdict = boundedMemo((raw: string): Verdict => {
  // « d’Inflection », « l’iPhone »: the elided article says nothing of the name after it.
  const w = raw.replace(/^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu, (e) => (/^\p{Ll}/u.test(raw.slice(e.length)) ? e : ''));
  if (w !== raw && w === '') return SKIPPED;
  // Capitalised words are names (translated ones are `translated-names`' job); digits, symbols
  // and one-letter words are not spelling.
  if (w.length < 2 || !/^\p{Ll}/u.test(w) || /\p{Lu}/u.test(w.slice(1)) || /[\d_@#/]/.test(w)) return SKIPPED;
  const dictionary = frenchDictionary();
  const english = englishDictionary();
  if (dictionary.correct(w) || rectified(dictionary, w) || prefixed(dictionary, w)) return KNOWN;
  // « mise-à-jour », « lazy-loadées »: a compound whose every part is a word passes.
  if (/-/.test(w) && w.split('-').every((part) => part === '' || dictionary.correct(part) || english.correct(part))) return KNOWN;
  // An English word (« layout », « slides ») is not misspelt: anglicisms are the `anglicisms` rule's.
  if (english.correct(w)) return KNOWN;
  return UNKNOWN;
});

/** Indices (from the block's first word) of the lower-case words the dictionary does not know. */
function unknownWords(article: Article, index: number): readonly number[] {
  const b = article.blocks[index];
  return blockMemo(article, 'spelling', index, () => {
    const out: number[] = [];
    let judged = 0;
    for (let k = b.wordStart; k < b.wordEnd; k++) {
      const verdict = wordVerdict(wordText(article, k));
      if (verdict === SKIPPED) continue;
      judged++;
      if (verdict === KNOWN) continue;
      if (outsideProse(article.text, article.words[k].start, article.words[k].end)) continue;
      out.push(k - b.wordStart);
    }
    return judged > 0 && out.length / judged > MAX_UNKNOWN_SHARE ? [] : out;
  });
}

/**
 * Words that are not the writer's French prose: a word in emphasis (« *bundling* », French sets
 * foreign words in italics), a mention (« @nzakas »), an HTML entity (« &eacute; »), a part of a
 * domain name (« numerique.gouv.fr »), a word inside an MDX comment or an attribute list.
 */
function outsideProse(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (before === '*' || before === '_' || after === '*' || after === '_' || before === '@' || before === '&' || after === ';' || after === '&') return true;
  // Inclusive writing (« tou·te·s », « mainteneur·euses »): the parts are not words alone.
  if (before === '·' || after === '·' || before === ';') return true;
  if ((before === '.' && /\p{L}/u.test(text[start - 2] ?? '')) || (after === '.' && /\p{L}/u.test(text[end + 1] ?? ''))) return true;
  return inBraces(text, start);
}

/**
 * The 1990 rectified spelling, which the dictionary's classic variant lacks: no circumflex on i and u
 * (« surement », « connait », « entrainer »), a grave accent in the future of « céder » verbs and in
 * « règlementaire » (« considèrera », « évènement »).
 */
function rectified(dictionary: Hunspell, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const alt = c === 'i' ? 'î' : c === 'u' ? 'û' : c === 'è' ? 'é' : undefined;
    if (alt && dictionary.correct(word.slice(0, i) + alt + word.slice(i + 1))) return true;
  }
  return false;
}

/** French builds words with these prefixes at will (« réexécuter », « précalculer », « auto-mémoïsant »). */
const PREFIXES = ['ré', 're', 'dé', 'pré', 'auto-', 'auto', 'multi', 'sur', 'sous', 'co', 'anti', 'inter', 'non-', 'pro', 'sur-', 'super', 'hyper', 'micro', 'méta', 'post', 'pré-', 'semi-', 'mini'];

function prefixed(dictionary: Hunspell, word: string): boolean {
  return PREFIXES.some((p) => word.startsWith(p) && word.length - p.length >= 4 && dictionary.correct(word.slice(p.length)));
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
    weight: 2,
    category: 'language',
    options: ['words'],
  },
  check(ctx) {
    const { article } = ctx;
    const out: RuleFinding[] = [];
    const accepted = new Set(ctx.settings.words.map((w) => w.toLowerCase().replace(/[’]/g, "'")));
    let exempt: Set<string> | undefined;
    const unknown: { start: number; end: number; text: string; key: string }[] = [];
    const uses = new Map<string, number>();
    article.blocks.forEach((b, i) => {
      if (i === article.titleBlock || b.wordEnd === b.wordStart || b.kind === 'code' || b.kind === 'html') return;
      for (const k of unknownWords(article, i)) {
        const word = article.words[b.wordStart + k];
        const text = article.masked.slice(word.start, word.end);
        const key = text.toLowerCase().replace(/[’]/g, "'");
        unknown.push({ start: word.start, end: word.end, text, key });
        uses.set(key, (uses.get(key) ?? 0) + 1);
      }
    });
    const links = article.links.map((l) => l.span);
    for (const { start, end, text, key } of unknown) {
      if (accepted.has(key)) continue;
      // A word the article uses twice is a term the writer chose (a name, a jargon word): a slip of
      // the keys is rarely made twice the same way.
      if ((uses.get(key) ?? 0) > 1) continue;
      if (links.some((l) => l.start <= start && end <= l.end)) continue;
      exempt ??= vouched(article);
      if (exempt.has(text.toLowerCase())) continue;
      out.push({
        span: { start, end },
        message: say(ctx, {
          fr: `« ${text} » n’est pas dans le dictionnaire : faute de frappe, mot anglais ou mot à ajouter au dictionnaire du projet (plume.words) ?`,
          en: `« ${text} » is not in the dictionary: a typo, an English word, or a word to add to the project dictionary (plume.words)?`,
        }),
        data: { word: text },
      });
    }
    return out;
  },
};
