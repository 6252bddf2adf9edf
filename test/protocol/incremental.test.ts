// The server parses edited documents incrementally: after a series of incremental changes, its
// diagnostics must equal those of the same text opened afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { repoRoot, TestClient, type PublishedDiagnostics } from './lspClient';

const raw = readFileSync(resolve(repoRoot, 'examples', 'raw-article.md'), 'utf8');
const strip = (d: PublishedDiagnostics): unknown => d.diagnostics.map(({ code, message, range }) => ({ code, message, range }));

test('diagnostics after incremental edits equal those of the final text opened afresh', async () => {
  const client = await TestClient.start();
  try {
    const uri = 'file:///tmp/edited.md';
    let doc = TextDocument.create(uri, 'markdown', 1, raw);
    await client.open(uri, raw);
    await client.diagnostics(uri, (d) => d.version === 1);
    const inserts = ['## Intertitre\n\n', 'e', '\n\n', '```\ncode\n```\n', '# ', 'mot mot mot. '];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let v = 2; v <= 25; v++) {
      // One or two changes per notification, each in the coordinates left by the previous one.
      const changes = [];
      for (let k = 0; k <= next(2); k++) {
        const at = next(doc.getText().length + 1);
        const end = Math.min(doc.getText().length, at + next(4));
        const change = { range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: inserts[next(inserts.length)] };
        doc = TextDocument.update(doc, [change], v);
        changes.push(change);
      }
      await client.change(uri, v, changes);
    }
    const edited = await client.diagnostics(uri, (d) => d.version === 25);
    const fresh = 'file:///tmp/fresh.md';
    await client.open(fresh, doc.getText());
    const reference = await client.diagnostics(fresh, (d) => d.version === 1);
    assert.deepEqual(strip(edited), strip(reference));
  } finally {
    await client.stop();
  }
});

test('a title that needs the language detector gets its diagnostic once the detector is loaded', async () => {
  const client = await TestClient.start();
  try {
    const uri = 'file:///tmp/detector.md';
    // Function words do not decide this title: only the n-gram detector does, loaded on demand.
    await client.open(uri, '# Rendimiento del servidor web moderno\n\nUn court texte en français pour le corps.\n');
    const later = await client.diagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'title-language'), 15000);
    assert.equal(later.version, 1);
  } finally {
    await client.stop();
  }
});
