import { FRENCH_CONNECTORS } from './data/connectors';

/** Connectors by their first word; each entry is the connector's words. */
const BY_FIRST = new Map<string, string[][]>();
for (const c of FRENCH_CONNECTORS) {
  const words = c.split(/\s+/);
  const list = BY_FIRST.get(words[0]) ?? [];
  list.push(words);
  BY_FIRST.set(words[0], list);
}

/**
 * Whether a sentence (folded words) contains a French connector. Elided words are split first so
 * that « d’abord » and « c’est pourquoi » match their entries and « qu’ainsi » finds « ainsi ».
 */
export function hasConnector(folded: readonly string[]): boolean {
  // « Et » opening a sentence links it to the previous one; inside a sentence it only coordinates.
  if (folded[0] === 'et') return true;
  // Plain loops: this runs on every word of every sentence, and closures there are allocations.
  for (let i = 0; i < folded.length; i++) {
    const w = folded[i];
    const candidates = BY_FIRST.get(w);
    if (candidates) for (const c of candidates) if (follows(folded, i, c, 0)) return true;
    const apostrophe = w.indexOf("'");
    if (apostrophe > 0) {
      const more = BY_FIRST.get(w.slice(apostrophe + 1));
      // The elided word's rest is the connector's first word: the others follow it.
      if (more) for (const c of more) if (follows(folded, i, c, 1)) return true;
    }
  }
  return false;
}

/** Whether `connector`'s words from `from` on are the sentence's from word `at + from` on. */
function follows(folded: readonly string[], at: number, connector: readonly string[], from: number): boolean {
  for (let k = from; k < connector.length; k++) if (folded[at + k] !== connector[k]) return false;
  return true;
}
