// What a writer sees of an article in the editor, counted through the built language server over stdio
// (issue 17's before/after figures): the diagnostics, those at 1:1, the typo-nbsp ones, and the code
// actions on the title as VS Code asks for them (the lightbulb: automatic; the menu: invoked).
//
//   npm run build && node scripts/reports/writer-view.mjs [file.md] [line:character]
//
// Defaults: ../shared/raw-article.txt (the raw example), the title at 0:10. PLUME_BENCH_SERVER runs
// another build of the server (to compare with an older commit's dist/server.js).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initialize, startServer } from '../bench/lspServer.mjs';
import { repoRoot } from '../lib/load-core.mjs';

const file = process.argv[2] ?? join(repoRoot, '..', 'shared', 'raw-article.txt');
const [line, character] = (process.argv[3] ?? '0:10').split(':').map(Number);
const uri = 'file:///writer-view/article.md';
const server = startServer({ timeoutMs: 60_000 });
try {
  await initialize(server);
  const diagnosticsArrived = server.diagnosticsOf(1);
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
  await diagnosticsArrived;
  const all = server.lastDiagnostics;
  const at = (d, l, c) => d.range.start.line <= l && (d.range.start.line < l || d.range.start.character <= c) && (d.range.end.line > l || (d.range.end.line === l && d.range.end.character >= c));
  const atStart = all.filter((d) => d.range.start.line === 0 && d.range.start.character === 0);
  const underCursor = all.filter((d) => at(d, line, character));
  console.log(`diagnostics in the editor: ${all.length}`);
  console.log(`at 1:1: ${atStart.length} (${atStart.map((d) => d.code).join(', ')})`);
  console.log(`typo-nbsp diagnostics: ${all.filter((d) => d.code === 'typo-nbsp').length}`);
  console.log(`under the cursor at ${line}:${character}: ${underCursor.map((d) => d.code).join(', ') || 'none'}`);
  for (const [label, triggerKind] of [['lightbulb (automatic)', 2], ['menu (invoked)', 1]]) {
    const position = { line, character };
    const actions = (await server.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: underCursor, triggerKind } })) ?? [];
    const ignore = actions.filter((a) => /\.ignore$/.test(a.kind ?? '')).length;
    console.log(`actions on the title, ${label}: ${actions.length}, of which « Ignorer » ${ignore}`);
    for (const a of actions) console.log(`   ${a.isPreferred ? '★' : ' '} ${a.kind ?? ''}  ${a.title}`);
  }
} finally {
  await server.stop();
}
