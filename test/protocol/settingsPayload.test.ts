// The server with the section VS Code really sends (every contributed key at its default) and a
// project file: the project file's values are in force, as with the command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, TestClient } from './lspClient';

interface Diagnostic {
  code?: string | number;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** What VS Code answers to workspace/configuration for `plume` when the writer has set nothing. */
function vscodePayload(): Record<string, unknown> {
  const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
  const section: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(pkg.contributes.configuration.properties)) {
    const parts = key.slice('plume.'.length).split('.');
    let node = section;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]] = spec.default;
  }
  return section;
}

test('VS Code’s payload does not override the project file: typography.space and the rules of .plumerc.json hold', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-payload-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, '.plumerc.json'), JSON.stringify({ typography: { space: 'regular' }, rules: { 'min-words': 'off' } }));
  const client = await TestClient.start({ rootUri: pathToFileURL(dir).href, configuration: vscodePayload() });
  try {
    const uri = pathToFileURL(join(dir, 'a.md')).href;
    await client.open(uri, '# Le jardin en hiver\n\nQue faire au jardin quand il gèle ?\n');
    const published = await client.diagnostics(uri, (d) => d.diagnostics.some((x) => x.code === 'typo-nbsp'));
    const codes = published.diagnostics.map((d) => String(d.code));
    assert.ok(!codes.includes('min-words'), codes.join(' '));
    const nbsp = published.diagnostics.find((d) => d.code === 'typo-nbsp') as Diagnostic;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: nbsp.range,
      context: { diagnostics: [nbsp], only: ['quickfix'] },
    })) as { edit?: { documentChanges?: { edits: { newText: string }[] }[]; changes?: Record<string, { newText: string }[]> } }[];
    const texts = actions.flatMap((a) => [...(a.edit?.documentChanges?.flatMap((c) => c.edits) ?? []), ...Object.values(a.edit?.changes ?? {}).flat()].map((e) => e.newText));
    assert.ok(texts.some((x) => x.includes('\u00a0')), JSON.stringify(texts));
    assert.ok(!texts.some((x) => x.includes('\u202f')), 'no narrow space is offered');
  } finally {
    await client.stop();
  }
});
