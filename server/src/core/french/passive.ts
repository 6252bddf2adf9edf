import { BETWEEN_ETRE_AND_PARTICIPLE, ETRE_NEUTRAL, ETRE_PLURAL, ETRE_SINGULAR } from './data/etre';
import { ACTIVE_ETRE_PARTICIPLES, IRREGULAR_PARTICIPLES } from './data/participles';

/** Regular participles: -é, -ée, -és, -ées. */
const REGULAR = /^(\p{L}{2,}é)(e?)(s?)$/u;

/** The masculine singular of a participle and its agreement marks, or undefined if not a participle. */
function participle(folded: string, original: string): { base: string; plural: boolean } | undefined {
  const lower = original.toLowerCase();
  const m = REGULAR.exec(lower);
  if (m) {
    const base = folded.slice(0, m[1].length);
    return { base, plural: m[3] === 's' };
  }
  // Irregular participles: try the bare form, then without -s, -e, -es.
  for (const cut of ['', 's', 'e', 'es']) {
    if (cut && !folded.endsWith(cut)) continue;
    const base = folded.slice(0, folded.length - cut.length);
    if (IRREGULAR_PARTICIPLES.has(base)) return { base, plural: cut.endsWith('s') };
  }
  return undefined;
}

/** Reflexive pronouns written apart: « je me suis inscrit », « ils se sont lancés », « nous nous sommes vus ». */
function isReflexive(folded: readonly string[], i: number): boolean {
  const prev = folded[i - 1];
  if (prev === 'me' || prev === 'te' || prev === 'se') return true;
  return (prev === 'nous' || prev === 'vous') && folded[i - 2] === prev;
}

/**
 * Whether the words of a sentence (folded, and as written: an array or a getter, read only for
 * candidates) contain a passive: a form of « être »
 * followed (an adverb or negation apart) by a past participle that agrees in number. Reflexive and
 * elided forms (« s’est », « c’est ») are single words here and never match; participles of verbs
 * conjugated with « être » (« est arrivé », « sont partis ») are compound tenses, not passives.
 */
export function hasPassive(folded: readonly string[], original: readonly string[] | ((index: number) => string)): boolean {
  const originalAt = typeof original === 'function' ? original : (k: number) => original[k];
  for (let i = 0; i < folded.length - 1; i++) {
    let w = folded[i];
    if (w.startsWith("n'")) w = w.slice(2); // « n’est pas utilisé »
    const singular = ETRE_SINGULAR.has(w);
    const plural = ETRE_PLURAL.has(w);
    if (!singular && !plural && !ETRE_NEUTRAL.has(w)) continue;
    if (isReflexive(folded, i)) continue;
    let j = i + 1;
    while (j < folded.length && j <= i + 3 && BETWEEN_ETRE_AND_PARTICIPLE.has(folded[j])) j++;
    if (j >= folded.length) continue;
    // « a été », « ont été » are the perfect of être: the participle then follows « été ».
    if (folded[j] === 'ete' && !ETRE_NEUTRAL.has(w)) {
      i = j - 1;
      continue;
    }
    const p = participle(folded[j], originalAt(j));
    if (!p || ACTIVE_ETRE_PARTICIPLES.has(p.base)) continue;
    if (p.base === 'ete') continue;
    // Agreement in number: « sont construits », « est construite »; invariable -s forms (« pris ») pass.
    const endsWithS = /s$/.test(p.base);
    if (plural && !p.plural && !endsWithS) continue;
    if (singular && p.plural) continue;
    return true;
  }
  return false;
}
