// French connectors (transition words and phrases), written for Plume. Folded form: lower case,
// no accents, straight apostrophe; phrases are matched word by word.

/** Connectors that link a sentence to what precedes it: addition, contrast, cause, consequence, order, example, conclusion. */
export const FRENCH_CONNECTORS: readonly string[] = [
  // addition
  'de plus', 'en outre', 'par ailleurs', 'd\'ailleurs', 'egalement', 'aussi', 'en plus', 'de surcroit', 'non seulement',
  'ainsi que', 'sans compter', 'qui plus est',
  // contrast and concession
  'mais', 'cependant', 'pourtant', 'toutefois', 'neanmoins', 'en revanche', 'au contraire', 'a l\'inverse', 'inversement',
  'alors que', 'tandis que', 'bien que', 'quoique', 'malgre', 'meme si', 'certes', 'or', 'par contre', 'quand meme',
  'en depit de', 'il n\'empeche', 'reste que', 'a l\'oppose',
  // cause
  'car', 'parce que', 'puisque', 'en effet', 'grace a', 'etant donne', 'vu que', 'du fait de', 'a cause de', 'comme',
  // consequence
  'donc', 'ainsi', 'alors', 'par consequent', 'en consequence', 'c\'est pourquoi', 'de ce fait', 'des lors', 'du coup',
  'si bien que', 'de sorte que', 'c\'est ainsi que', 'd\'ou',
  // goal
  'afin de', 'afin que', 'pour que', 'dans le but de', 'en vue de',
  // order and time
  'd\'abord', 'tout d\'abord', 'premierement', 'deuxiemement', 'troisiemement', 'ensuite', 'puis', 'enfin', 'finalement',
  'pour commencer', 'pour finir', 'en premier lieu', 'en second lieu', 'en dernier lieu', 'd\'une part', 'd\'autre part',
  'auparavant', 'desormais', 'dorenavant', 'parallelement', 'simultanement', 'entre-temps', 'par la suite', 'apres quoi',
  'aussitot', 'des que', 'depuis que', 'jusqu\'a ce que', 'au final',
  // example and precision
  'par exemple', 'notamment', 'en particulier', 'surtout', 'ainsi', 'c\'est-a-dire', 'autrement dit', 'a savoir',
  'entre autres', 'tel que', 'telle que', 'tels que', 'telles que', 'a titre d\'exemple', 'plus precisement', 'en fait',
  'effectivement', 'de meme', 'de la meme maniere', 'de la meme facon', 'pareillement', 'comme le montre',
  // conclusion
  'en conclusion', 'pour conclure', 'en resume', 'en somme', 'bref', 'en bref', 'somme toute', 'en definitive',
  'au bout du compte', 'tout compte fait', 'globalement', 'en un mot',
];
