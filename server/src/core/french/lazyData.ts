// Big language data (the n-gram language detector, the spelling dictionary) is loaded on first use.
// While loading is deferred, a rule that needs data not loaded yet fails with
// `LanguageDetectorNotLoaded` instead: the language server publishes the other rules' diagnostics
// first, then preloads the data and runs those rules again.

/** Thrown by rules that need lazily loaded language data while its loading is deferred. */
export class LanguageDetectorNotLoaded extends Error {
  constructor(what = 'the language detector') {
    super(`${what} is not loaded yet`);
    this.name = 'LanguageDetectorNotLoaded';
  }
}

let deferred = false;

export function setLazyDataDeferred(defer: boolean): void {
  deferred = defer;
}

export function isLazyDataDeferred(): boolean {
  return deferred;
}
