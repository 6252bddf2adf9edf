import { blockMemo } from '../article/blockMemo';
import { wordText } from '../article/wordText';
import type { Article } from '../article/model';
import type { RuleFinding } from '../base/finding';
import { detached } from '../base/memo';
import { frenchDictionary } from '../french/spelling/dictionary';
import { ROLE_WORDS, TRANSLATED_NAMES } from '../french/data/translatedNames';
import { proseMatches } from './proseMatches';
import type { Rule } from './rule';
import { say } from './rule';

const KNOWN = TRANSLATED_NAMES.map((n) => n.pattern);
const NAME = '\\p{Lu}[\\p{Ll}’\'-]+';
const EVIDENCE = [
  // « PDG de Perplexité », « fondateur d’Ouverture »: a capitalised word where the company's name goes.
  new RegExp(`(?<![\\p{L}])(?:${ROLE_WORDS})s? (?:de|d’|d'|chez) ?(${NAME})(?![\\p{L}])(?! (?:\\p{Lu}|de \\p{Lu}))`, 'gu'),
  // « Alex Libre, cofondateur »: a first name, then a French common word as the family name, then a role.
  new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+) (${NAME}), (?:l’|l'|le |la |un |une )?(?:ancien |ancienne |actuel |actuelle )?(?:${ROLE_WORDS})(?![\\p{L}])`, 'gu'),
];

/** What every evidence pattern holds: a role word. */
const EVIDENCE_HINT = new RegExp(`(?:${ROLE_WORDS})`);

/** Per block: how many times each capitalised word occurs. */
function blockCapitalised(article: Article, index: number): ReadonlyMap<string, number> {
  const b = article.blocks[index];
  return blockMemo(article, 'translated-names-capitalised', index, () => {
    const found = new Map<string, number>();
    for (let k = b.wordStart; k < b.wordEnd; k++) {
      const t = wordText(article, k);
      if (/^\p{Lu}/u.test(t)) {
        const key = detached(t);
        found.set(key, (found.get(key) ?? 0) + 1);
      }
    }
    return found;
  });
}

/** Whether the article has `word` (capitalised) more than once, summed from the blocks' counts. */
function repeated(article: Article, word: string): boolean {
  let n = 0;
  for (let i = 0; i < article.blocks.length && n <= 1; i++) {
    const b = article.blocks[i];
    if (b.wordEnd !== b.wordStart) n += blockCapitalised(article, i).get(word) ?? 0;
  }
  return n > 1;
}

export const translatedNamesRule: Rule = {
  meta: {
    id: 'translated-names',
    name: { fr: 'Nom propre traduit', en: 'Translated proper name' },
    description: {
      fr: 'Un nom de société ou de personne que la traduction automatique a traduit comme un mot commun (« Perplexité » pour Perplexity, « Alex Libre », « Mustafa Soliman » pour Suleyman). Signalé d’après une liste de noms connus, et quand un mot commun français prend la majuscule là où un nom est attendu : après « PDG de », « cofondateur de », ou comme nom de famille devant « , cofondateur ». Un nom qui figure ailleurs dans l’article avec la même majuscule n’est pas signalé.',
      en: 'A company or person name that machine translation translated as a common word (« Perplexité » for Perplexity, « Alex Libre », « Mustafa Soliman » for Suleyman). Reported from a list of known names, and when a French common word takes a capital where a name is expected: after « PDG de », « cofondateur de », or as a family name before « , cofondateur ». A name found elsewhere in the article with the same capital is not reported.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'language',
  },
  check(ctx) {
    const { article } = ctx;
    const out: RuleFinding[] = [];
    const seen = new Set<number>();
    for (const m of proseMatches(article, 'translated-names', KNOWN)) {
      seen.add(m.start);
      const name = TRANSLATED_NAMES[m.which].name;
      out.push({
        span: { start: m.start, end: m.end },
        message: say(ctx, {
          fr: `« ${m.text} » est sans doute un nom traduit : l’original s’écrit « ${name} ».`,
          en: `« ${m.text} » is probably a translated name: the original is « ${name} ».`,
        }),
        data: { name },
      });
    }
    const evidence = proseMatches(article, 'translated-names-evidence', EVIDENCE, EVIDENCE_HINT);
    if (evidence.length === 0) return out;
    const dictionary = frenchDictionary();
    // A name the article repeats (« Brin » … « Brin a appelé ») is the person's real name.
    for (const m of evidence) {
      const word = m.which === 0 ? m.groups[0]! : m.groups[1]!;
      const at = m.start + m.text.indexOf(word, m.which === 0 ? 0 : m.groups[0]!.length);
      if (seen.has(at)) continue;
      const lower = word.toLowerCase();
      // A French common word (in the dictionary in lower case), capitalised once where a name goes.
      if (!dictionary.correct(lower) || repeated(article, word)) continue;
      out.push({
        span: { start: at, end: at + word.length },
        message: say(ctx, {
          fr: `« ${word} » est un mot commun avec une majuscule là où un nom est attendu : un nom propre traduit par erreur ? Vérifiez le nom d’origine.`,
          en: `« ${word} » is a common word with a capital where a name is expected: a proper name translated by mistake? Check the original name.`,
        }),
        data: { word },
      });
    }
    return out;
  },
};

