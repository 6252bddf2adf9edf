import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const run = (file: string) => spawnSync(process.execPath, [cli, 'check', file], { encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8' } });

test('the command line refuses a binary file and invalid UTF-8 with a clear message, never a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-hostile-'));
  const binary = join(dir, 'image.md');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  const latin1 = join(dir, 'latin1.md');
  writeFileSync(latin1, Buffer.from('# Un été\n\nTexte accentué.\n', 'latin1'));
  for (const [file, reason] of [[binary, /binary file/], [latin1, /not valid UTF-8/]] as const) {
    const r = run(file);
    assert.equal(r.status, 2);
    assert.match(r.stderr, reason);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('the command line analyses 10 000 nested quotes, CR-only files and a BOM without a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-hostile-'));
  for (const [name, text] of [['nested.md', '> '.repeat(10_000) + 'texte\n'], ['cr.md', '# Titre\r\rTexte.\r'], ['bom.md', '\ufeff# Titre\n\nTexte.\n']]) {
    const file = join(dir, name);
    writeFileSync(file, text);
    const r = run(file);
    assert.ok(r.status === 0 || r.status === 1, `${name}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
  }
});

test('a reader that closes the pipe early (plume … | head) ends the command quietly, without EPIPE', () => {
  // Enough output to fill the pipe: the same long article many times, read 10 bytes then closed.
  const dir = mkdtempSync(join(tmpdir(), 'plume-pipe-'));
  const file = join(dir, 'long.md');
  writeFileSync(file, `# Un titre\n\n${'Une phrase « assez » longue pour faire des remarques ; vraiment ! '.repeat(4000)}\n`);
  const files = Array.from({ length: 20 }, () => file);
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" check --format json ${files.map((f) => `"${f}"`).join(' ')} | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
  assert.match(r.stdout, /status=[01]\n/, r.stdout + r.stderr);
  assert.doesNotMatch(r.stderr, /EPIPE|\n\s+at /, r.stderr);
});
