import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const repoRoot = process.cwd();
const cli = resolve(repoRoot, 'dist', 'cli.js');
const raw = resolve(repoRoot, 'examples', 'raw-article.md');

function plume(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

test('plume fix prints the fixed article: French title, debris removed, real list, French typography', () => {
  const r = plume('fix', raw);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.split('\n')[0], 'Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA');
  assert.match(r.stdout, /«\u202fextrêmement généreuses\u202f»/);
  assert.match(r.stderr, /13 fixes \(debris-source 1, debris-credit 1, pseudo-bullets 1, blank-lines 1, typo-nbsp 6, title-language 1\)/);
  assert.ok(!r.stdout.includes('Source link') && r.stdout.includes('\n- Les grandes entreprises'), 'debris removed, bullets listed');
  assert.equal(readFileSync(raw, 'utf8').split('\n')[0].startsWith('Customize'), true, 'the file itself is not touched');
});

test('plume fix --write fixes in place; a second run changes nothing; --no-title keeps the title', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-fix-'));
  try {
    const file = join(dir, 'article.md');
    copyFileSync(raw, file);
    assert.equal(plume('fix', '--write', file).status, 0);
    const once = readFileSync(file, 'utf8');
    assert.ok(once.startsWith('Les grands patrons'));
    const again = plume('fix', '--write', file);
    assert.match(again.stderr, /: 0 fixes/);
    assert.equal(readFileSync(file, 'utf8'), once);
    copyFileSync(raw, file);
    assert.ok(plume('fix', '--no-title', file).stdout.startsWith('Customize this title'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('plume fix: usage errors', () => {
  assert.equal(plume('fix').status, 2);
  assert.equal(plume('fix', raw, raw).status, 2, 'printing several files is refused');
  assert.equal(plume('fix', 'no-such-file.md').status, 2);
});
