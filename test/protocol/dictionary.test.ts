// « Ajouter au dictionnaire » against the built server: the spelling diagnostic offers it, the command
// writes the word to the workspace's .plumerc.json, and the diagnostic goes away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient';

interface Action {
  title: string;
  kind?: string;
  edit?: { documentChanges?: { edits: { newText: string }[] }[] };
  command?: { command: string; arguments?: unknown[] };
}

const TEXT = '# Le guide\n\nNous allons mémoïzer les calculs et corriger le développment du site.\n';

test('spelling: suggestions and « Ajouter au dictionnaire » write the workspace dictionary', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-dict-'));
  writeFileSync(join(dir, '.plumerc.json'), '{\n  "minWords": 10\n}\n');
  const file = join(dir, 'a.md');
  writeFileSync(file, TEXT);
  const uri = pathToFileURL(file).href;
  const client = await TestClient.start({ rootUri: pathToFileURL(dir).href });
  try {
    await client.open(uri, TEXT);
    const spelling = (d: { diagnostics: { code?: string | number }[] }) => d.diagnostics.filter((x) => x.code === 'spelling');
    const first = await client.diagnostics(uri, (d) => spelling(d).length === 2, 10000);
    const [memo, dev] = spelling(first) as unknown as { range: object; code: string; source: string }[];
    const actionsOn = (d: { range: object }) =>
      client.connection.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const devActions = await actionsOn(dev);
    assert.equal(devActions[0].edit?.documentChanges?.[0].edits[0].newText, 'développement');
    const add = (await actionsOn(memo)).find((a) => a.command?.command === 'plume.addToDictionary');
    assert.ok(add, 'no « Ajouter au dictionnaire » action');
    assert.match(add.title, /Ajouter « mémoïzer » au dictionnaire/);
    assert.equal(await client.connection.sendRequest('workspace/executeCommand', { command: add.command!.command, arguments: add.command!.arguments }), true);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, '.plumerc.json'), 'utf8')), { minWords: 10, words: ['mémoïzer'] });
    const after = await client.diagnostics(uri, (d) => spelling(d).length === 1, 10000);
    assert.equal((spelling(after)[0] as unknown as { range: { start: { character: number } } }).range.start.character, (dev as unknown as { range: { start: { character: number } } }).range.start.character);
  } finally {
    await client.stop();
  }
});
