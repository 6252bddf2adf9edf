// The server started with a code-cache folder (as the VS Code extension starts it) leaves V8's cache
// there, starts from it the next time, and shrugs off a damaged one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient } from './lspClient';

const uri = 'file:///tmp/cached.md';
const text = '# Un titre en français\n\nUn court texte pour le corps de l’article.\n';

async function startAndCheck(): Promise<void> {
  const client = await TestClient.start();
  try {
    await client.open(uri, text);
    const published = await client.diagnostics(uri, (d) => d.version === 1, 15_000);
    // The title is short: title-length proves the analysis ran (min-words is out of the editor by default).
    assert.ok(published.diagnostics.some((d) => d.code === 'title-length'), JSON.stringify(published.diagnostics.map((d) => d.code)));
  } finally {
    await client.stop();
  }
}

test('the code cache is written, reused as is, and replaced when damaged', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-code-cache-'));
  process.env.PLUME_CODE_CACHE_DIR = dir;
  try {
    await startAndCheck();
    const files = readdirSync(dir);
    assert.equal(files.length, 1, files.join(', '));
    assert.match(files[0], /^server-[0-9a-f]+\.v8cache$/);
    const cache = join(dir, files[0]);
    const written = statSync(cache);
    assert.ok(written.size > 10_000, `cache of ${written.size} bytes`);

    await startAndCheck();
    assert.equal(statSync(cache).mtimeMs, written.mtimeMs, 'an accepted cache is not rewritten');

    writeFileSync(cache, 'not a code cache');
    await startAndCheck();
    assert.ok(statSync(cache).size > 10_000, 'the damaged cache was replaced');
  } finally {
    delete process.env.PLUME_CODE_CACHE_DIR;
    rmSync(dir, { recursive: true, force: true });
  }
});
