/** The compact lexicon, generated at bundle time by scripts/lib/lexicon-data.mjs (see its format there). */
declare module 'plume-french-lexicon' {
  export const LEXICON_DATA: string;
}
