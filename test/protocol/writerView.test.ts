import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './lspClient';
import type { ReportResult, StatsParams } from '../../server/src/lsp/protocol';

const uri = 'file:///tmp/writer-view.md';
const text = '---\ntitle: Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA\ndescription: Une description courte.\n---\n\nUn paragraphe de quelques mots.\n';

test('stats are pushed after each analysis, the report is answered, hover and inlay hints show the preview', async () => {
  const client = await TestClient.start({ configuration: { minWords: 100 } });
  const stats: StatsParams[] = [];
  client.connection.onNotification('plume/stats', (p: StatsParams) => {
    stats.push(p);
  });
  try {
    await client.open(uri, text);
    await client.diagnostics(uri);
    const deadline = Date.now() + 5000;
    while (stats.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const { score, ...rest } = stats.at(-1) as { score?: number };
    assert.deepEqual(rest, { uri, version: 1, locale: 'fr', words: 5, minWords: 100 });
    assert.ok(typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= 100, String(score));

    const result = (await client.connection.sendRequest('plume/report', { uri })) as ReportResult;
    assert.equal(result.version, 1);
    assert.equal(result.report.wordCount, 5);
    assert.deepEqual(result.report.title?.at.start, { line: 1, character: 7 });
    assert.equal(result.report.title?.desktop.truncated, true);
    const minWords = result.report.groups[0].checks.find((c) => c.ruleId === 'min-words')!;
    assert.equal(minWords.status, 'warn');
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
