// The English dictionary's two files (dictionary-en, SCOWL: MIT AND BSD), bundled as text. Spelling
// reads it to tell an English word left in French text (« layout », « slides ») from a typo.
import aff from 'dictionary-en/index.aff';
import dic from 'dictionary-en/index.dic';

/** @public Read through `require` (lazily), which the unused-export check does not follow. */
export { aff, dic };
