// The French dictionary's two files, bundled as text by esbuild (loader `text`, alias in esbuild.mjs).
// Only `dictionary.ts` requires this module, on first use: the 1.4 MB of text are not evaluated before.
import aff from 'dictionary-fr/index.aff';
import dic from 'dictionary-fr/index.dic';

/** @public Read through `require` (lazily), which the unused-export check does not follow. */
export { aff, dic };
