// A long document edited again and again: the server stays responsive and exits when asked. The first
// analysis runs without the language detector; completing it must not cost a second full analysis
// (seconds on a 100 000-word book, during which `shutdown` went unanswered and the benchmark, which
// then killed the server in the middle of a message, waited for ever).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './lspClient';

/** ~300 000 characters of French chapters, under a title only the n-gram detector can judge. */
function bigDocument(): string {
  const paragraph =
    'Les rédacteurs écrivent des articles pour le web avec soin, et l’expertise compte aujourd’hui. Le lecteur cherche une réponse claire ; il la trouve vite quand les phrases restent courtes. ';
  const parts = ['# Rendimiento del servidor web moderno\n\n'];
  for (let chapter = 1; parts.join('').length < 300_000; chapter++) {
    parts.push(`## Chapitre ${chapter}\n\n`);
    for (let p = 0; p < 6; p++) parts.push(`${paragraph.repeat(3)}\n\n`);
  }
  return parts.join('');
}

test('on a long document, the detector’s diagnostics follow without a second full analysis; edits, shutdown and exit stay prompt', async () => {
  const client = await TestClient.start();
  const uri = 'file:///tmp/book.md';
  const text = bigDocument();
  try {
    const opened = Date.now();
    await client.open(uri, text);
    await client.diagnostics(uri, (d) => d.version === 1, 60_000);
    const first = Date.now() - opened;
    const completed = await client.diagnostics(uri, (d) => d.version === 1 && d.diagnostics.some((x) => x.code === 'title-language'), 60_000);
    const completion = Date.now() - opened - first;
    assert.equal(completed.version, 1);
    // The first publication took one full analysis; the completion runs the rules that waited for the
    // lazy data on the same parse: the two language rules, and spelling's first pass over every block
    // with the dictionaries' load (issue 19), still less than a full analysis.
    assert.ok(completion < first, `completion took ${completion} ms after a first analysis of ${first} ms`);

    // Edits one after the other, each answered with the diagnostics of its version.
    let doc = TextDocument.create(uri, 'markdown', 1, text);
    for (let version = 2; version <= 6; version++) {
      const at = doc.positionAt(Math.floor((doc.getText().length * version) / 7));
      const change = { range: { start: at, end: at }, text: 'e' };
      doc = TextDocument.update(doc, [change], version);
      await client.change(uri, version, [change]);
      await client.diagnostics(uri, (d) => d.version === version, 60_000);
    }

    // The last edit leaves an analysis pending: shutdown cancels it, exit ends the process at once.
    const at = doc.positionAt(10);
    await client.change(uri, 7, [{ range: { start: at, end: at }, text: 'e' }]);
    const exited = new Promise<number | null>((resolve) => client.process.once('exit', (code) => resolve(code)));
    const asked = Date.now();
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const code = await Promise.race([exited, new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still running'), 10_000)))]);
    clearTimeout(timer);
    assert.equal(code, 0, `exit code ${String(code)}; stderr: ${client.stderr.join('').slice(-2000)}`);
    assert.ok(Date.now() - asked < first + 2000, `shutdown and exit took ${Date.now() - asked} ms`);
  } finally {
    await client.stop();
  }
});
