// After edits, only the newest version of a document stays in memory: memos carried from version to
// version (per-block results, the parse's node records, the typography scans) must hold copies of
// their strings, not slices, since a slice keeps the whole text it was cut from alive (its text, its
// masked text, the parser's source). Counted in heap snapshots: the strings about as long as the
// document (the bundle's data strings are far longer), after 3 edits and after 6 more: no more.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getHeapSnapshot } from 'node:v8';
import { analyze, normalizeSettings, preloadLanguageDetector, type Analysis } from '../../server/src/core';

// Everything the memos keep words, matches, lines and links of: calques, translated names, credits,
// pasted lines, links and images, and a front matter (the parser's source then differs from the text).
const CHAPTER = [
  'Cette phrase va faire sens pour le PDG de Perplexité, dit Alex Libre, cofondateur, sur [le site](https://exemple.fr/une/longue/adresse/de/page).',
  'Crédit photo : AFP',
  'Source link',
  '![Une image décrite longuement pour le test](https://exemple.fr/images/une-image-assez-longue.png)',
  'Les entreprises technologiques adressent un problème au milieu des inquiétudes des investisseurs.',
].join('\n\n');

/** How many strings of the heap take between `length` and 2.5 × `length` bytes (one- or two-byte). */
async function documentSizedStrings(length: number): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(chunk as Buffer);
  const snap = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const stringType = snap.snapshot.meta.node_types[type].indexOf('string');
  let n = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const bytes = snap.nodes[i + size];
    if (snap.nodes[i + type] === stringType && bytes >= length && bytes <= 2.5 * length) n++;
  }
  return n;
}

test('edits do not pile up old versions of the document in memory', async () => {
  preloadLanguageDetector();
  const settings = normalizeSettings({});
  let text = `---\ntitle: Un livre\n---\n\n${Array.from({ length: 300 }, (_, i) => `## Chapitre ${i}\n\n${CHAPTER}`).join('\n\n')}\n`;
  let analysis: Analysis = analyze(text, settings);
  /** Edits the first paragraph of `n` more chapters, one keystroke each: its block is analysed again, its memos replaced. */
  let edited = 0;
  const edit = (n: number): void => {
    for (const end = edited + n; edited < end; edited++) {
      const at = text.indexOf('faire sens', (edited * text.length) / 12);
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      analysis = analyze(text, settings, { previous: { article: analysis.article, changes: [{ from: at, to: at, insertLength: 1 }] } });
    }
  };
  edit(3);
  const after3 = await documentSizedStrings(text.length);
  edit(6);
  const after9 = await documentSizedStrings(text.length);
  assert.ok(analysis.findings.some((f) => f.ruleId === 'calques'), 'the document has calques, kept by the memos');
  assert.ok(after3 >= 2, `the newest text and masked text are counted (${after3})`);
  assert.ok(after9 <= after3, `${after9} document-sized strings after 9 edits, ${after3} after 3: each edit keeps an old version alive`);
});
