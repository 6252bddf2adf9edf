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
  for (let i = 0; i < folded.length; i++) {
    const w = folded[i];
    const candidates = BY_FIRST.get(w);
    if (candidates && candidates.some((c) => c.every((x, k) => folded[i + k] === x))) return true;
    const apostrophe = w.indexOf("'");
    if (apostrophe > 0) {
      const rest = w.slice(apostrophe + 1);
      const more = BY_FIRST.get(rest);
      if (more && more.some((c) => c.length === 1 || c.slice(1).every((x, k) => folded[i + 1 + k] === x))) return true;
    }
  }
  return false;
}
