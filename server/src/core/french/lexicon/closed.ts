import type { Analysis } from './analysis';

/**
 * The closed classes of French grammar (determiners, prepositions, conjunctions, pronouns, common
 * adverbs), which the Lefff-derived data leaves out: a grammar's list, not a corpus's.
 */
const DETERMINERS: Record<string, string> = {
  le: 'ms', la: 'fs', les: 'ep', "l'": 'es', un: 'ms', une: 'fs', des: 'ep', du: 'ms', au: 'ms', aux: 'ep',
  ce: 'ms', cet: 'ms', cette: 'fs', ces: 'ep', mon: 'ms', ma: 'fs', mes: 'ep', ton: 'ms', ta: 'fs', tes: 'ep',
  son: 'ms', sa: 'fs', ses: 'ep', notre: 'es', nos: 'ep', votre: 'es', vos: 'ep', leur: 'es', leurs: 'ep',
  quel: 'ms', quelle: 'fs', quels: 'mp', quelles: 'fp', chaque: 'es', plusieurs: 'ep', quelques: 'ep', quelque: 'es',
  certains: 'mp', certaines: 'fp', aucun: 'ms', aucune: 'fs', tout: 'ms', toute: 'fs', tous: 'mp', toutes: 'fp',
  "d'": 'ei', de: 'ei', nul: 'ms', nulle: 'fs', divers: 'mp', diverses: 'fp', différents: 'mp', différentes: 'fp',
};
const PREPOSITIONS = [
  'à', 'de', "d'", 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'entre', 'vers', 'chez', 'contre',
  'depuis', 'pendant', 'avant', 'après', 'selon', 'malgré', 'parmi', 'dès', 'jusque', "jusqu'", 'via', 'envers',
  'outre', 'hors', 'face', 'lors', 'auprès', 'grâce', 'afin', 'durant', 'moyennant', 'concernant', 'suivant', 'près',
];
const CONJUNCTIONS = [
  'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'que', "qu'", 'si', "s'", 'comme', 'quand', 'lorsque', "lorsqu'",
  'puisque', "puisqu'", 'quoique', 'tandis', 'ainsi', 'soit', 'sinon', 'cependant', 'pourtant', 'toutefois', 'puis',
];
const PRONOUNS = [
  'je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'me', "m'", 'te', "t'", 'se', 'lui', 'leur',
  'y', 'en', 'ce', "c'", 'ceci', 'cela', 'ça', 'celui', 'celle', 'ceux', 'celles', 'qui', 'quoi', 'dont', 'où',
  'lequel', 'laquelle', 'lesquels', 'lesquelles', 'moi', 'toi', 'eux', 'soi', 'rien', 'personne', 'chacun', 'chacune',
];
const ADVERBS = [
  'ne', "n'", 'pas', 'plus', 'moins', 'très', 'trop', 'bien', 'mal', 'aussi', 'encore', 'déjà', 'toujours', 'jamais',
  'souvent', 'parfois', 'ici', 'là', 'alors', 'ensuite', 'enfin', 'surtout', 'même', 'peu', 'beaucoup', 'assez',
  'tant', 'autant', 'tellement', 'vraiment', 'seulement', 'notamment', 'désormais', 'aujourd’hui', "aujourd'hui",
  'hier', 'demain', 'maintenant', 'bientôt', 'ainsi', 'pourquoi', 'comment', 'combien', 'oui', 'non', 'voire', 'plutôt',
  'environ', 'presque', 'également', 'néanmoins', 'longtemps', 'tard', 'tôt', 'partout', 'ailleurs', 'dessus', 'dessous',
];

let table: Map<string, Analysis[]> | undefined;

/** The closed-class analyses of a lower-case word (empty when it has none). */
export function closedClass(word: string): readonly Analysis[] {
  if (!table) {
    table = new Map();
    const add = (w: string, a: Analysis): void => {
      const list = table?.get(w) ?? [];
      list.push(a);
      table?.set(w, list);
    };
    for (const [w, marks] of Object.entries(DETERMINERS)) add(w, { pos: 'determiner', gender: marks[0] as Analysis['gender'], number: marks[1] as Analysis['number'], lemma: w });
    for (const w of PREPOSITIONS) add(w, { pos: 'preposition', gender: 'e', number: 'i', lemma: w });
    for (const w of CONJUNCTIONS) add(w, { pos: 'conjunction', gender: 'e', number: 'i', lemma: w });
    for (const w of PRONOUNS) add(w, { pos: 'pronoun', gender: 'e', number: 'i', lemma: w });
    for (const w of ADVERBS) add(w, { pos: 'adverb', gender: 'e', number: 'i', lemma: w });
  }
  return table.get(word) ?? [];
}
