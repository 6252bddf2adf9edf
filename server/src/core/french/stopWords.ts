// French stop words for topic modelling (segmentation, headings, summaries), written for Plume:
// lower case, accents kept, straight apostrophe. Broader than `functionWords.ts`: it also holds
// frequent verbs, adverbs and vague nouns that say nothing about a section's topic.
import { normalizeToken, stripElision } from './elision';

/** Kept here too for the callers that read them beside the list. */
export { normalizeToken, stripElision };

const WORDS =
  // determiners, pronouns, prepositions, conjunctions
  'a à au aux avec ce ceci cela ça celle celles celui ceux ces cet cette chez comme comment contre dans de des du ' +
  'car donc dont elle elles en entre et eux il ils je la le les leur leurs lui ma mais me même mêmes mes moi mon ' +
  'ne ni nos notre nous on or ou où par parmi pas pour pourquoi qu que quel quelle quelles quels qui quoi sa sans ' +
  'se ses si son sous sur ta tandis te tes toi ton tu un une vos votre vous y lequel laquelle lesquels lesquelles auquel duquel ' +
  'd l j m n s t c jusqu lorsqu puisqu quoiqu ' +
  // auxiliaries and very frequent verbs
  'ai as avons avez ont avait avaient avoir aurait auraient aura auront eu eue eus ' +
  'suis es est sommes êtes sont était étaient être été sera seront serait seraient soit soient fut ' +
  'fait faire fais faites font faisait fera peut peuvent pouvez pouvons pourrait pourraient pu pouvoir ' +
  'doit doivent devez devons devrait devraient dû devoir va vont vais allez aller allons ' +
  'dit dire dis disent permet permettent permettre ' +
  'veut veulent voulez vouloir voir voit vu trouve trouver prend prendre mettre met utiliser utilise utilisez ' +
  // adverbs and quantifiers
  'alors ainsi aussi autant autre autres avant après assez beaucoup bien bientôt cependant certes certain certaine ' +
  'certaines certains chaque ci déjà depuis dès désormais encore enfin ensuite environ exemple ' +
  'fois ici jamais là lors lorsque loin maintenant mieux moins néanmoins non oui parce partout peu peut-être plupart ' +
  'plus plusieurs plutôt pourtant près presque puis puisque quand quant quelque quelques sinon souvent surtout ' +
  'tant tard tel telle telles tels tôt toujours tout toute toutes tous très trop vers via voici voilà vraiment ' +
  'propos raison cours partir lieu vue termes grâce face matière selon pendant durant malgré afin cas façon manière chose choses faut également notamment parfois simplement ' +
  'ceux-ci celle-ci celui-ci celles-ci là-bas voire chacun chacune aucun aucune nul nulle rien personne ' +
  'premier première deuxième second seconde dernier dernière nouveau nouvelle nouveaux nouvelles ' +
  'grand grande grands grandes petit petite bon bonne meilleur meilleure ' +
  'un deux trois quatre cinq six sept huit neuf dix cent mille ' +
  // English words met in technical French text
  'the of and to in is it for on with this that you your be are as';

/** Stop words, lower case with accents (compare with `normalizeToken`). */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));


export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(stripElision(normalizeToken(word)));
}
