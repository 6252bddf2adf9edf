// Paragraph openings that signal discourse structure, written for Plume. A new topic often opens with
// an enumerating or topic-shifting connector; a paragraph that opens with an anaphora or a consequence
// connector continues the previous one. Lower case, straight apostrophe, matched at the paragraph start.

/** Openings that announce a new point or topic. */
export const TOPIC_SHIFT_OPENINGS: readonly string[] = [
  'par ailleurs', 'en outre', "d'autre part", 'quant à', 'concernant', 'en ce qui concerne', "s'agissant de",
  'côté', 'du côté de', 'au niveau de', 'venons-en', 'passons', 'revenons', 'abordons', 'intéressons-nous',
  'parlons', 'autre point', 'autre aspect', 'dernier point', 'parallèlement', 'de son côté', 'sur le plan',
];

/** Openings that tie a paragraph to the previous one. */
export const CONTINUATION_OPENINGS: readonly string[] = [
  'cela', 'ceci', 'ça', 'ce dernier', 'cette dernière', 'ces derniers', 'celui-ci', 'celle-ci', 'ceux-ci',
  'celles-ci', 'il', 'elle', 'ils', 'elles', 'mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins',
  'donc', 'ainsi', "c'est pourquoi", 'par conséquent', 'en effet', 'par exemple', 'de même', 'dans ce cas',
  'dans ce', 'pour cela', 'pour ce faire', 'sinon', 'or', 'car', 'et', 'aussi', 'en revanche', 'au contraire',
  'de plus', 'également', 'là', 'voici', 'notez', 'remarquez', 'comme', 'si vous', 'sans',
];

function normalize(text: string): string {
  return text.trimStart().toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ');
}

function opensWith(text: string, list: readonly string[]): boolean {
  const t = normalize(text.slice(0, 80));
  return list.some((o) => t.startsWith(o) && !/[\p{L}\p{N}]/u.test(t.charAt(o.length)));
}

export function opensNewTopic(paragraph: string): boolean {
  return opensWith(paragraph, TOPIC_SHIFT_OPENINGS);
}

export function continuesPrevious(paragraph: string): boolean {
  return opensWith(paragraph, CONTINUATION_OPENINGS);
}
