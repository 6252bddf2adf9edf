// French elision, once: « l’expertise », « qu'il », « jusqu’ici » and the apostrophes they are typed with.

/** Elided words at the start of a token: l’, d’, qu’, s’, n’, j’, m’, t’, c’, jusqu’, lorsqu’, puisqu’, quoiqu’. */
const ELISION = /^(?:l|d|qu|s|n|j|m|t|c|jusqu|lorsqu|puisqu|quoiqu)['’\u02bc](?=\p{L})/iu;

/** Removes a leading elided article or pronoun: « l’expertise » → « expertise » (any apostrophe). */
export function stripElision(word: string): string {
  return word.replace(ELISION, '');
}

/** Lower case, every apostrophe written `'`: the form word lists are written in. */
export function normalizeToken(word: string): string {
  return word.toLowerCase().replace(/[\u2019\u02bc]/g, "'");
}
