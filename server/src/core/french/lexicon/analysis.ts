/** Parts of speech Plume tells apart. */
export type PartOfSpeech =
  | 'noun'
  | 'adjective'
  | 'verb' // a conjugated form
  | 'infinitive'
  | 'pastParticiple'
  | 'presentParticiple'
  | 'determiner'
  | 'preposition'
  | 'conjunction'
  | 'pronoun'
  | 'adverb';

/** m masculine, f feminine, e either (epicene, or not known). */
export type Gender = 'm' | 'f' | 'e';
/** s singular, p plural, i invariable (either). */
export type GrammaticalNumber = 's' | 'p' | 'i';

/** One reading of a word form. */
export interface Analysis {
  readonly pos: PartOfSpeech;
  readonly gender: Gender;
  readonly number: GrammaticalNumber;
  readonly lemma: string;
  /** For conjugated verbs, the Lefff's tense codes (P present, F future, I imperfect, C conditional, S subjunctive…). */
  readonly tenses?: string;
}

/** Whether two genders may agree (an unknown or epicene gender agrees with both). */
export function gendersAgree(a: Gender, b: Gender): boolean {
  return a === 'e' || b === 'e' || a === b;
}

/** Whether two numbers may agree (an invariable form agrees with both). */
export function numbersAgree(a: GrammaticalNumber, b: GrammaticalNumber): boolean {
  return a === 'i' || b === 'i' || a === b;
}
