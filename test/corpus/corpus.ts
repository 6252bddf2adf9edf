// Access to the development corpus in ../shared/corpus (never shipped, absent on some machines).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Bundled to out/test/corpus/: the repository root is three levels up, the corpus beside it.
export const corpusRoot = resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
export const hasCorpus = existsSync(join(corpusRoot, 'MANIFEST.tsv'));

export type Row = Record<string, string>;

export function readTsv(name: string): Row[] {
  const [header, ...lines] = readFileSync(join(corpusRoot, name), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const keys = header.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [keys[i], v])));
}

export function readArticle(file: string): string {
  return readFileSync(join(corpusRoot, file), 'utf8');
}
