import { frenchDictionary } from '../french/spelling/dictionary';
import { foldWord } from '../base/letters';
import { FRENCH_FUNCTION_WORDS } from '../french/functionWords';
import { cleanupData } from './cleanup';
import { proseMatches } from './proseMatches';
import type { Rule } from './rule';
import { say } from './rule';

/**
 * « leur » then a plural noun: « leur offres ». « leur » before a verb is the pronoun (« tu leur
 * donnes », « nous leur offrons »), so the subject pronouns and the verb endings of « nous »/« vous »
 * are left out, and so are invariable words ending in s (« leur plus grand », « leur très… »).
 */
const PATTERN = /(?<![\p{L}’'])(?<!(?:[Jj]e|[Jj]’|[Tt]u|[Nn]ous|[Vv]ous|[Nn]e|[Nn]’|[Nn]'|[Ll]e|[Ll]a|[Ll]es|[Oo]n|[Ii]l|[Ee]lle|[Ii]ls|[Ee]lles) )([Ll]eur) (\p{Ll}[\p{Ll}-]*[sx])(?![\p{L}’'])/gu;
const INVARIABLE = new Set(
  (
    'dos mois fois bras cours temps poids sens repas avis pays prix choix corps cas procès progrès succès accès discours parcours concours secours recours refus processus ' +
  'plus moins très trop toujours jamais alors après depuis dès sous vers puis tous toutes parfois souvent assez ailleurs désormais mais dans sans chez divers diverses plusieurs quelques permis jadis auparavant exprès lors ainsi pas'
  ).split(' '),
);

export const leurPluralRule: Rule = {
  meta: {
    id: 'leur-plural',
    name: { fr: 'Accord de « leur » devant un pluriel', en: 'Agreement of « leur » before a plural' },
    description: {
      fr: 'Le déterminant « leur » s’accorde avec le nom qui suit : « leurs offres », pas « leur offres ». Le pronom « leur » devant un verbe (« tu leur donnes », « nous leur offrons ») est invariable et n’est pas signalé.',
      en: 'The determiner « leur » agrees with the noun after it: « leurs offres », not « leur offres ». The pronoun « leur » before a verb (« tu leur donnes », « nous leur offrons ») is invariable and not reported.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'language',
  },
  check(ctx) {
    return proseMatches(ctx.article, 'leur-plural', [PATTERN])
      .filter((m) => !INVARIABLE.has(m.groups[1]!) && !FRENCH_FUNCTION_WORDS.has(foldWord(m.groups[1]!)) && isPlural(m.groups[1]!))
      .map((m) => {
        const fixText = `${m.groups[0]}s ${m.groups[1]}`;
        return {
          span: { start: m.start, end: m.end },
          message: say(ctx, {
            fr: `« ${m.text} » : devant un nom pluriel, le déterminant s’accorde (« ${fixText} »).`,
            en: `« ${m.text} »: before a plural noun the determiner agrees (« ${fixText} »).`,
          }),
          data: cleanupData([{ start: m.start, end: m.start + m.groups[0]!.length, newText: `${m.groups[0]}s` }], { fr: `Écrire « ${fixText} »`, en: `Write « ${fixText} »` }, false),
        };
      });
  },
};

/** A plural noun or adjective: its singular (« offres » → « offre », « journaux » → « journal ») is a word too. */
function isPlural(word: string): boolean {
  const dictionary = frenchDictionary();
  if (!dictionary.correct(word)) return false;
  if (word.endsWith('aux') && dictionary.correct(`${word.slice(0, -3)}al`)) return true;
  return dictionary.correct(word.slice(0, -1));
}
