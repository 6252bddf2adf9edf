// The French spelling dictionary, read on first use (~0.2 s, see docs/rules.md) like the language
// detector: a process that never checks spelling does not pay for it.
import { isLazyDataDeferred, LanguageDetectorNotLoaded } from '../lazyData';
import { readHunspell, type Hunspell } from './hunspell';

let dictionary: Hunspell | undefined;
let english: Hunspell | undefined;

export function isFrenchDictionaryLoaded(): boolean {
  return dictionary !== undefined && english !== undefined;
}

/** The dictionary (reads it the first time; while loading is deferred, throws `LanguageDetectorNotLoaded`). */
export function frenchDictionary(): Hunspell {
  if (!dictionary) {
    if (isLazyDataDeferred()) throw new LanguageDetectorNotLoaded('the French dictionary');
    // A literal require so that esbuild bundles the data but evaluates it only here.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const data = require('./data') as { aff: string; dic: string };
    dictionary = readHunspell(data.aff, data.dic);
  }
  return dictionary;
}

/** The English dictionary, read on first use the same way (an English word is not a French typo). */
export function englishDictionary(): Hunspell {
  if (!english) {
    if (isLazyDataDeferred()) throw new LanguageDetectorNotLoaded('the English dictionary');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const data = require('./dataEn') as { aff: string; dic: string };
    english = readHunspell(data.aff, data.dic);
  }
  return english;
}

export function preloadFrenchDictionary(): void {
  frenchDictionary();
  englishDictionary();
}
