import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { codes, coreCodes, repoRoot, TestClient } from './lspClient';

const raw = readFileSync(resolve(repoRoot, 'examples', 'raw-article.md'), 'utf8');
const uri = 'file:///tmp/raw-article.md';

test('the built server publishes the core diagnostics over stdio and updates them on edits', async () => {
  const client = await TestClient.start();
  try {
    await client.open(uri, raw);
    const first = await client.diagnostics(uri, (d) => d.diagnostics.length > 0);
    assert.deepEqual(coreCodes(first), ['min-words', 'subheadings', 'title-language']);
    const title = first.diagnostics.find((d) => d.code === 'title-language')!;
    assert.deepEqual(title.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 30 } });
    assert.match(title.message, /anglais/);

    // Incremental edit: a ## heading after the second paragraph, then 200 words at the end.
    const words = Array.from({ length: 200 }, (_, i) => (i % 10 === 9 ? 'mot.' : 'mot')).join(' ');
    await client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '## Un intertitre\n\n' }]);
    const lines = raw.split('\n').length + 2;
    await client.change(uri, 3, [{ range: { start: { line: lines, character: 0 }, end: { line: lines, character: 0 } }, text: `\n\n${words}\n` }]);
    const after = await client.diagnostics(uri, (d) => d.version === 3);
    assert.ok(!codes(after).includes('min-words'), JSON.stringify(codes(after)));
    // The stretch after the heading is still over 300 words.
    assert.ok(after.diagnostics.some((d) => d.code === 'subheadings' && /sans intertitre/.test(d.message)));
  } finally {
    await client.stop();
  }
});

test('settings are read per document and re-read on change', async () => {
  const client = await TestClient.start({ configuration: { minWords: 100, rules: { subheadings: 'off' } } });
  try {
    await client.open(uri, raw);
    const d = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(coreCodes(d), ['title-language']);
    client.configuration = { rules: { 'title-language': 'error' }, locale: 'en' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const changed = await client.diagnostics(uri, (p) => codes(p).includes('min-words'));
    const title = changed.diagnostics.find((x) => x.code === 'title-language')!;
    assert.equal(title.severity, 1);
    assert.match(title.message, /English/);
  } finally {
    await client.stop();
  }
});

test('code actions are answered (an array) and closing a document clears its diagnostics', async () => {
  const client = await TestClient.start();
  try {
    await client.open(uri, raw);
    const d = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const actions = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d.diagnostics[0].range,
      context: { diagnostics: d.diagnostics },
    });
    assert.ok(Array.isArray(actions));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  } finally {
    await client.stop();
  }
});

test('a good French article gets none of the core diagnostics', async () => {
  const para = (n: number) =>
    Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'rédaction.' : ['Les', 'rédacteurs', 'écrivent', 'des', 'articles', 'pour', 'le', 'web', 'avec', 'soin', 'et'][i % 11])).join(' ');
  const text = `---\ntitle: "Écrire un article pour le web"\n---\n\n${para(150)}\n\n## Première partie\n\n${para(250)}\n\n## Deuxième partie\n\n${para(250)}\n\n## Conclusion\n\n${para(100)}\n`;
  const client = await TestClient.start();
  try {
    await client.open('file:///tmp/good.md', text);
    const d = await client.diagnostics('file:///tmp/good.md');
    assert.deepEqual(
      d.diagnostics.filter((x) => ['title-language', 'min-words', 'subheadings'].includes(String(x.code))),
      [],
    );
  } finally {
    await client.stop();
  }
});
