// Every command reads `.plumerc.json` (and `--config`) the same way: one project file, five commands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..', '..');
const cli = resolve(repoRoot, 'dist', 'cli.js');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8' } });

const NARROW = '\u202f';
const REGULAR = '\u00a0';

const paragraph = (i: number) => Array.from({ length: 60 }, (_, j) => (j === 0 ? `Paragraphe${i}` : j % 7 === 0 ? 'jardin.' : 'mot')).join(' ');
const ARTICLE = [
  '---',
  'title: Le jardin en hiver',
  'focus: jardin potager',
  '---',
  '',
  'Que faire au jardin quand il gèle ? Voici « nos conseils » pour le potager !',
  '',
  ...Array.from({ length: 8 }, (_, i) => [paragraph(i), '']).flat(),
].join('\n');

const PROJECT = {
  typography: { space: 'regular' },
  frontMatter: { keyphraseFields: ['focus'] },
  rules: { 'min-words': 'off' },
};

/** A folder with the article, with or without the project file beside it. */
function folder(project: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'plume-rc-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'a.md'), ARTICLE);
  if (project !== undefined) writeFileSync(join(dir, '.plumerc.json'), JSON.stringify(project));
  return dir;
}

function both(t: { after: (fn: () => void) => void }, project: unknown = PROJECT): { withFile: string; without: string } {
  const withFile = folder(project);
  const without = folder(undefined);
  t.after(() => {
    rmSync(withFile, { recursive: true, force: true });
    rmSync(without, { recursive: true, force: true });
  });
  return { withFile, without };
}

test('check: the project file’s typography.space and rules', (t) => {
  const { withFile, without } = both(t);
  const r = run(withFile, 'check', '--format', 'json', 'content/a.md');
  const codes = (stdout: string) => (JSON.parse(stdout) as { diagnostics: { code: string; message: string }[] }[])[0].diagnostics.map((d) => d.code);
  assert.ok(!codes(r.stdout).includes('min-words'), r.stdout);
  assert.ok(codes(run(without, 'check', '--format', 'json', 'content/a.md').stdout).includes('min-words'));
  assert.match(r.stdout, /U\+00A0|insécable/);
});

test('fix: writes the regular no-break space the project file asks for (was a narrow one)', (t) => {
  const { withFile, without } = both(t);
  const fixed = run(withFile, 'fix', 'content/a.md');
  assert.equal(fixed.status, 0, fixed.stderr);
  assert.ok(fixed.stdout.includes(`gèle${REGULAR}?`), fixed.stdout.slice(0, 300));
  assert.ok(fixed.stdout.includes(`«${REGULAR}nos conseils${REGULAR}»`));
  assert.ok(!fixed.stdout.includes(NARROW), 'no narrow space anywhere');
  assert.ok(run(without, 'fix', 'content/a.md').stdout.includes(`gèle${NARROW}?`), 'the default stays the narrow space');
  // --write and --config go the same way.
  writeFileSync(join(without, 'other.json'), JSON.stringify({ typography: { space: 'regular' } }));
  assert.equal(run(without, 'fix', '--write', '--config', 'other.json', 'content/a.md').status, 0);
  assert.ok(readFileSync(join(without, 'content', 'a.md'), 'utf8').includes(`gèle${REGULAR}?`));
});

test('stats: the score leaves out the rules the project file turns off', (t) => {
  const { withFile, without } = both(t, { rules: { 'min-words': 'off' } });
  type Stats = { score: number; metrics: Record<string, unknown> }[];
  const a = JSON.parse(run(withFile, 'stats', 'content/a.md').stdout) as Stats;
  const b = JSON.parse(run(without, 'stats', 'content/a.md').stdout) as Stats;
  assert.ok(a[0].score > b[0].score, `${a[0].score} > ${b[0].score}: min-words is off, so its failure no longer counts`);
});

test('outline: maxWordsPerSection of the project file', (t) => {
  const { withFile, without } = both(t, { maxWordsPerSection: 5000 });
  const example = readFileSync(join(repoRoot, 'examples', 'raw-article.md'), 'utf8');
  writeFileSync(join(withFile, 'content', 'a.md'), example);
  writeFileSync(join(without, 'content', 'a.md'), example);
  const a = JSON.parse(run(withFile, 'outline', '--format', 'json', 'content/a.md').stdout) as unknown[];
  const b = JSON.parse(run(without, 'outline', '--format', 'json', 'content/a.md').stdout) as unknown[];
  assert.equal(a.length, 0, 'no stretch is longer than 5000 words');
  assert.ok(b.length > 0, 'with the default 300 words a section, subheadings are proposed');
});

test('describe: the keyphrase field of the project file', (t) => {
  const { withFile, without } = both(t);
  const a = run(withFile, 'describe', 'content/a.md');
  const b = run(without, 'describe', 'content/a.md');
  assert.match(a.stdout, /jardin potager/i, a.stdout + a.stderr);
  assert.doesNotMatch(b.stdout, /jardin potager/i);
});

test('every command refuses an invalid project file the same way: exit 2, file, line and column', (t) => {
  const dir = folder(undefined);
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, '.plumerc.json'), '{\n  "minWords": 800,\n}\n');
  for (const args of [['check'], ['fix'], ['stats'], ['outline'], ['describe']]) {
    const r = run(dir, ...args, 'content/a.md');
    assert.equal(r.status, 2, `${args[0]}: ${r.stderr}`);
    assert.match(r.stderr, /^plume: .*\.plumerc\.json:3:1: invalid project configuration: /, args[0]);
  }
});
