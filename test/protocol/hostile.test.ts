// Hostile input over the protocol: each document is opened in the running server, which must answer
// with the diagnostics a fresh analysis by the core gives (so nothing was skipped or mangled), with
// every range inside the document, and stay alive and responsive.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, capEditorFindings, editorFindings, normalizeSettings, omittedMessage, parseArticle } from '../../server/src/core';
import { toGroupedDiagnostic, toRange } from '../../server/src/lsp/positions';
import { splitsPair } from '../support/fcConfig';
import { TestClient } from './lspClient';

let client: TestClient;
let n = 0;
before(async () => {
  client = await TestClient.start();
});
after(async () => {
  await client.stop();
});

const para = 'Les rédacteurs écrivent des articles pour le web avec soin, et l’expertise compte aujourd’hui. ';

/** Opens `text`, waits for its diagnostics and compares them with the core's; returns their codes. */
async function openAndCompare(text: string, timeoutMs = 20_000): Promise<string[]> {
  const uri = `file:///tmp/hostile-${++n}.md`;
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  await client.open(uri, text);
  const published = await client.diagnostics(uri, (p) => p.version === 1, timeoutMs);
  // What the editor shows: the test client asks for whole-article findings (lspClient.ts), grouped per rule and block.
  const settings = normalizeSettings({ articleFindingsInEditor: true }, 'fr');
  const fresh = analyze(text, settings, { fileName: `hostile-${n}.md` });
  // At most maxDiagnostics (1 000), then the notice that counts the others (lsp/diagnostics.ts).
  const { shown, omitted } = capEditorFindings(editorFindings(fresh.article, fresh.findings, settings), settings.maxDiagnostics);
  const expected = shown.map((g) => toGroupedDiagnostic(doc, g, true));
  if (omitted) expected.push({ code: 'max-diagnostics', message: omittedMessage(omitted.count, settings.maxDiagnostics, omitted.first.message, 'fr'), range: toRange(doc, omitted.first.span) });
  const strip = (d: { code?: unknown; message: unknown; range: unknown }) => ({ code: d.code, message: d.message, range: d.range });
  assert.deepEqual(published.diagnostics.map(strip), expected.map(strip));
  for (const d of published.diagnostics) {
    const s = doc.offsetAt(d.range.start);
    const e = doc.offsetAt(d.range.end);
    assert.ok(s <= e && e <= text.length && !splitsPair(text, s) && !splitsPair(text, e), `range of ${String(d.code)}`);
  }
  assert.equal(client.process.exitCode, null, 'the server is alive');
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return published.diagnostics.map((d) => String(d.code));
}

test('a binary file (random bytes, NULs, control characters) opened as text', async () => {
  const bytes = Buffer.alloc(64 * 1024);
  let x = 12345;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  await openAndCompare(bytes.toString('latin1'));
  await openAndCompare(bytes.toString('utf8'));
});

test('NUL characters in prose, headings and front matter', async () => {
  await openAndCompare('---\ntitle: "Ti\0tre"\n---\n# Un\0 titre\n\nTexte \0\0 avec des NUL.\0\n');
});

test('lone surrogates (high, low, at the very end)', async () => {
  await openAndCompare('# Titre \ud800 isolé\n\nTexte \udc00 avec 😀 et \ude00\ud83d.\n\n## Fin \ud83d');
});

test('a 20 MB document: analysed up to maxDocumentSize, one information diagnostic says so', async () => {
  const unit = `${para.repeat(8)}\n\n## Une partie\n\n`;
  const text = `# Un très long article\n\n${unit.repeat(Math.ceil(20e6 / unit.length))}`;
  assert.ok(text.length >= 20e6);
  const codes = await openAndCompare(text, 60_000);
  assert.equal(codes.filter((c) => c === 'analysis-partial').length, 1);
});

test('a single 2 MB line', async () => {
  const codes = await openAndCompare('mot '.repeat(524_288));
  assert.ok(codes.includes('analysis-partial'), 'over the default 2 000 000 characters');
  await openAndCompare('é'.repeat(400_000));
});

test('10 000 nested list items, quotes and ordered lists', async () => {
  for (const text of ['- '.repeat(10_000) + 'texte\n', '> '.repeat(10_000) + 'texte\n', '1. '.repeat(10_000) + 'texte\n', '> - '.repeat(5_000) + 'texte\n', `${'>'.repeat(10_000)} texte\n`]) {
    const started = Date.now();
    await openAndCompare(text);
    // A guard against quadratic blow-ups (minutes), not a benchmark: loose enough for a loaded 2-core CI.
    assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
  }
  // The core itself does not overflow the stack either, and still sees the text.
  assert.equal(parseArticle('> '.repeat(10_000) + 'texte\n', { titleFields: ['title'] }).blocks.length, 1);
});

test('unclosed code fence and unclosed front matter', async () => {
  await openAndCompare(`# Titre\n\n${para}\n\n\`\`\`js\nconst x = 1;\n${para}\n`);
  assert.ok((await openAndCompare(`---\ntitle: Titre\n\n${para}\n`)).includes('front-matter'), 'unclosed front matter reported');
});

test('invalid YAML and invalid TOML front matter', async () => {
  for (const fm of ['---\ntitle: [oops\n: : :\n---\n', '---\ntitle: "a\n---\n', '---\n&a [*a]\n---\n', '+++\ntitle = \n+++\n', '+++\n[[[x\n+++\n']) {
    const codes = await openAndCompare(`${fm}\n${para}\n`);
    assert.ok(codes.includes('front-matter'), `${JSON.stringify(fm)}: ${codes.join(',')}`);
  }
});

test('CR-only and mixed line endings: headings are still seen', async () => {
  const crOnly = `# Titre en français\r\r${para}\r\r## Partie\r\r${para}\r`;
  await openAndCompare(crOnly);
  assert.equal(parseArticle(crOnly, { titleFields: ['title'] }).headings.length, 2);
  const mixed = `# Titre en français\r\n\r\n${para}\n\r## Partie\r${para}\r\n`;
  await openAndCompare(mixed);
  assert.equal(parseArticle(mixed, { titleFields: ['title'] }).headings.length, 2);
});

test('a BOM before the front matter and before a heading', async () => {
  await openAndCompare(`\ufeff---\ntitle: Titre en français\n---\n\n${para}\n`);
  const codes = await openAndCompare(`\ufeff# Titre en français\n\n${para}\n`);
  assert.ok(!codes.includes('title-missing'));
});
