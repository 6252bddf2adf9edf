import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TestClient } from './lspClient';
import type { ReportResult, StatsParams } from '../../server/src/lsp/protocol';

const uri = 'file:///tmp/writer-view.md';
const text = '---\ntitle: Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA\ndescription: Une description courte.\n---\n\nUn paragraphe de quelques mots.\n';

test('stats are pushed after each analysis, the report is answered, hover and inlay hints show the preview', async () => {
  const client = await TestClient.start({ configuration: { minWords: 100, articleFindingsInEditor: false } });
  const stats: StatsParams[] = [];
  client.connection.onNotification('plume/stats', (p: StatsParams) => {
    stats.push(p);
  });
  try {
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    assert.ok(!published.diagnostics.some((d) => d.code === 'min-words'), 'by default a whole-article finding is not in the editor');
    const deadline = Date.now() + 5000;
    while (stats.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const { score, articleFindings, ...rest } = stats.at(-1) as { score?: number; articleFindings?: { ruleId: string }[] };
    assert.deepEqual(rest, { uri, version: 1, locale: 'fr', words: 5, minWords: 100 });
    assert.ok(articleFindings?.some((f) => f.ruleId === 'min-words'), 'the whole-article findings go to the status bar');
    assert.ok(typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= 100, String(score));

    const result = (await client.connection.sendRequest('plume/report', { uri })) as ReportResult;
    assert.equal(result.version, 1);
    assert.equal(result.report.wordCount, 5);
    assert.deepEqual(result.report.title?.at.start, { line: 1, character: 7 });
    assert.equal(result.report.title?.desktop.truncated, true);
    const minWords = result.report.groups[0].checks.find((c) => c.ruleId === 'min-words')!;
    assert.equal(minWords.state, 'review');
    assert.deepEqual(minWords.findings[0].at.start, { line: 1, character: 7 });
    assert.equal(await client.connection.sendRequest('plume/report', { uri: 'file:///nowhere.md' }), null);

    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 12 } })) as {
      contents: { value: string };
    } | null;
    assert.ok(hover);
    assert.match(hover.contents.value, /Ordinateur/);
    assert.match(hover.contents.value, /…/);
    const none = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } });
    assert.equal(none, null);

    const hints = (await client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } },
    })) as { label: string; position: { line: number } }[];
    assert.deepEqual(hints.map((h) => h.position.line), [1, 2]);
    assert.match(hints[0].label, /^\d+ car\. · \d+\/600 px$/);
    assert.match(hints[1].label, /^23 car\. · \d+\/920 px$/);
  } finally {
    await client.stop();
  }
});

test('the report asked while the newest version is analysed comes from the previous analysis, its locations carried', async () => {
  const client = await TestClient.start();
  const long = readFileSync('examples/raw-article.md', 'utf8');
  const body = long.slice(long.indexOf('\n---', 3) + 4);
  // Long enough that its re-analysis takes several slices.
  const book = `---\ntitle: Un long article\n---\n${Array.from({ length: 30 }, () => body).join('\n')}`;
  const bookUri = 'file:///tmp/writer-view-long.md';
  try {
    await client.open(bookUri, book);
    await client.diagnostics(bookUri, () => true, 30000);
    // The first diagnostics come before the language detector is loaded; the rules that need it
    // complete that analysis a moment later (a second publication): the report must be of the whole.
    await client.diagnostics(bookUri, () => client.publications(bookUri, 1) >= 2, 30000);
    const before = (await client.connection.sendRequest('plume/report', { uri: bookUri })) as ReportResult;
    // Two new lines at the start of the body: every location after them moves down by two lines.
    await client.change(bookUri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Deux mots.\n\n' }]);
    const during = (await client.connection.sendRequest('plume/report', { uri: bookUri })) as ReportResult;
    assert.equal(during.version, 2, 'the locations are those of the newest version');
    assert.equal(during.report.wordCount, before.report.wordCount, 'the figures of the analysis already made');
    const lines = (r: ReportResult) => r.report.groups.flatMap((g) => g.checks.flatMap((c) => c.findings.map((f) => f.at.start.line)));
    const moved = lines(before).map((line) => (line >= 3 ? line + 2 : line));
    assert.ok(moved.some((line) => line > 5), 'findings in the body were compared');
    assert.deepEqual(lines(during), moved);
    await client.diagnostics(bookUri, (d) => d.version === 2, 30000);
    const after = (await client.connection.sendRequest('plume/report', { uri: bookUri })) as ReportResult;
    assert.equal(after.report.wordCount, before.report.wordCount + 2, 'once analysed, the newest figures');
  } finally {
    await client.stop();
  }
});
