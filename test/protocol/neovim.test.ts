import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { repoRoot } from './lspClient';

const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

test('headless Neovim with the README snippet shows Plume’s diagnostics (scripts/e2e/neovim-smoke.sh)', (t) => {
  if (!hasNvim) {
    t.skip('nvim is not installed (apt-get install -y neovim)');
    return;
  }
  const r = spawnSync('bash', [resolve(repoRoot, 'scripts', 'e2e', 'neovim-smoke.sh')], { cwd: repoRoot, encoding: 'utf8', timeout: 90_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /diagnostics: \d+\n/);
  assert.match(r.stdout, /^1:1 \[plume\] title-language: /m);
  // min-words is about the whole article: it is in the report and the status bar, not in the editor.
  assert.doesNotMatch(r.stdout, /\[plume\] min-words: /);
  assert.match(r.stdout, /^3:1 \[plume\] subheadings: /m);
});
