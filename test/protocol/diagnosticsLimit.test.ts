// `plume.maxDiagnostics`: past the limit the server publishes the most severe findings and one notice
// that counts the others (VS Code itself shows at most 1 000 per file, after receiving them all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './lspClient';

const uri = 'file:///tmp/diagnostics-limit.md';
// Twelve paragraphs, each with its own typography findings (« guillemets » without no-break spaces).
const text = `# Un titre assez long pour un article de test\n\n${Array.from({ length: 12 }, (_, i) => `Le paragraphe ${i} dit « bonjour » et « merci » : voilà.`).join('\n\n')}\n`;

test('past maxDiagnostics, the most severe findings and one notice counting the others', async () => {
  const all = await TestClient.start({ configuration: { maxDiagnostics: 0 } });
  let every: Awaited<ReturnType<TestClient['diagnostics']>>['diagnostics'];
  try {
    await all.open(uri, text);
    every = (await all.diagnostics(uri)).diagnostics;
  } finally {
    await all.stop();
  }
  const total = every.length;
  assert.ok(total > 8, `${total} diagnostics without a limit`);
  assert.ok(new Set(every.map((d) => d.severity)).size > 1, 'findings of several severities');
  // The five most severe, ties in the order they come, shown in that order.
  const kept = every.map((d, i) => ({ d, i })).sort((a, b) => (a.d.severity ?? 0) - (b.d.severity ?? 0) || a.i - b.i).slice(0, 5).sort((a, b) => a.i - b.i);

  const client = await TestClient.start({ configuration: { maxDiagnostics: 5 } });
  try {
    await client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    assert.equal(diagnostics.length, 6);
    const notice = diagnostics[5];
    assert.equal(notice.code, 'max-diagnostics');
    assert.equal(notice.severity, 3);
    assert.match(notice.message, new RegExp(`^Plume n’affiche pas ${total - 5} remarques de plus sur ce fichier, la première ici : « .+ » Au plus 5 par fichier`));
    assert.deepEqual(diagnostics.slice(0, 5), kept.map((k) => k.d));
    const firstLeftOut = every.find((_, i) => !kept.some((k) => k.i === i))!;
    assert.deepEqual(notice.range, firstLeftOut.range, 'the notice sits on the first one left out');
  } finally {
    await client.stop();
  }
});
