import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..', '..');
const cli = resolve(repoRoot, 'dist', 'cli.js');
const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8' } });

/** A small site: two articles with the same title, one mentioning the other's keyphrase, ignored and vendored files. */
function makeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plume-site-'));
  const files: Record<string, string> = {
    '.gitignore': 'drafts/\n*.tmp.md\n!keep.tmp.md\n',
    'content/a.md': '---\ntitle: Le guide du design\nkeyphrase: design inclusif\n---\n\nUn texte sur l’accessibilité numérique, pour tous.\n',
    'content/blog/b.md': '---\ntitle: Le guide du design\nkeyphrase: accessibilité numérique\n---\n\nUn autre texte.\n',
    'content/c.mdx': '# Trois\n\nTexte.\n',
    'content/notes.txt': 'pas un article',
    'content/drafts/d.md': '# Brouillon\n',
    'content/x.tmp.md': '# Temporaire\n',
    'content/keep.tmp.md': '# Gardé\n',
    'node_modules/pkg/README.md': '# Vendored\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const filesOf = (stdout: string) => (JSON.parse(stdout) as { file: string }[]).map((f) => f.file);

test('a folder expands to its Markdown files, without node_modules and .gitignore’d paths', () => {
  const dir = makeSite();
  const r = run(dir, 'check', '--format', 'json', '.');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(filesOf(r.stdout), ['content/a.md', 'content/blog/b.md', 'content/c.mdx', 'content/keep.tmp.md']);
  assert.deepEqual(filesOf(run(dir, 'check', '--format', 'json', 'content').stdout), ['content/a.md', 'content/blog/b.md', 'content/c.mdx', 'content/keep.tmp.md']);
});

test('quoted globs match with ** and alternatives; a glob matching nothing exits 2', () => {
  const dir = makeSite();
  assert.deepEqual(filesOf(run(dir, 'check', '--format', 'json', 'content/**/*.md').stdout), ['content/a.md', 'content/blog/b.md', 'content/keep.tmp.md']);
  assert.deepEqual(filesOf(run(dir, 'check', '--format', 'json', 'content/*.{mdx,txt}').stdout), ['content/c.mdx', 'content/notes.txt']);
  const none = run(dir, 'check', 'content/**/*.rst');
  assert.equal(none.status, 2);
  assert.match(none.stderr, /^plume: no file matches/);
});

test('site-wide checks run across the files given, with related locations', () => {
  const dir = makeSite();
  const r = run(dir, 'check', '--format', 'json', 'content');
  const results = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; related?: { file: string; range: { start: { line: number } } }[] }[] }[];
  const a = results.find((f) => f.file === 'content/a.md')!;
  const dup = a.diagnostics.find((d) => d.code === 'duplicate-title')!;
  assert.deepEqual(dup.related?.map((x) => [x.file, x.range.start.line]), [['content/blog/b.md', 1]]);
  const link = a.diagnostics.find((d) => d.code === 'internal-link-suggestion');
  assert.ok(link, JSON.stringify(a.diagnostics));
  // Checking one file alone finds no duplicate.
  assert.ok(!JSON.parse(run(dir, 'check', '--format', 'json', 'content/a.md').stdout)[0].diagnostics.some((d: { code: string }) => d.code === 'duplicate-title'));
});

test('--max-warnings: exit 1 when there are more warnings', () => {
  const dir = makeSite();
  assert.equal(run(dir, 'check', '--max-warnings', '100', 'content').status, 0);
  const r = run(dir, 'check', '--max-warnings', '0', 'content');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /more than --max-warnings 0/);
  assert.equal(run(dir, 'check', '--max-warnings', 'many', 'content').status, 2);
});

test('.plumerc.json is found walking up from the article; invalid JSON exits 2 with file, line and column', () => {
  const dir = makeSite();
  writeFileSync(join(dir, '.plumerc.json'), '{"rules": {"duplicate-title": "error", "min-words": "off"}}');
  const r = run(dir, 'check', 'content/a.md', 'content/blog/b.md');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /error duplicate-title/);
  assert.doesNotMatch(r.stdout, /min-words/);
  // --config names another file, whatever the folders hold.
  writeFileSync(join(dir, 'other.json'), '{"rules": {"duplicate-title": "off"}}');
  assert.doesNotMatch(run(dir, 'check', '--config', 'other.json', 'content').stdout, /duplicate-title/);
  writeFileSync(join(dir, 'content', '.plumerc.json'), '{\n  "minWords": 800,\n}\n');
  const bad = run(dir, 'check', 'content/a.md');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^plume: .*content\/\.plumerc\.json:3:1: invalid project configuration: /);
  assert.doesNotMatch(bad.stderr, /\n\s+at /);
});

const validator = resolve(repoRoot, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

/** Runs the SARIF validator; undefined when its binary cannot run on this machine. */
function validate(file: string): { errors: string[]; warnings: string[] } | undefined {
  if (!existsSync(validator)) return undefined;
  const r = spawnSync(validator, ['validate', file], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } });
  if (r.error || !/Analysis completed/.test(r.stdout)) return undefined;
  const lines = r.stdout.split('\n');
  return { errors: lines.filter((l) => /: error /.test(l)), warnings: lines.filter((l) => /: warning /.test(l)) };
}

test('--format sarif passes the SARIF 2.1.0 validator (Sarif.Multitool)', (t) => {
  const dir = makeSite();
  // The validator must catch a broken log, or a clean result would prove nothing.
  const broken = join(dir, 'broken.sarif');
  writeFileSync(broken, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b' }, region: { startLine: 0 } } }] }] }] }));
  const check = validate(broken);
  if (!check) {
    t.skip(`the SARIF validator cannot run here (${validator})`);
    return;
  }
  assert.ok(check.errors.length > 0, 'the validator reports errors on a broken log');

  const r = run(dir, 'check', '--format', 'sarif', 'content');
  assert.equal(r.status, 0, r.stderr);
  const log = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[]; relatedLocations?: unknown[] }[] }[] };
  assert.equal(log.version, '2.1.0');
  const [sarifRun] = log.runs;
  assert.ok(sarifRun.tool.driver.rules.some((x) => x.id === 'duplicate-title'));
  const dup = sarifRun.results.find((x) => x.ruleId === 'duplicate-title' && x.locations[0].physicalLocation.artifactLocation.uri === 'content/a.md')!;
  assert.equal(dup.level, 'warning');
  assert.deepEqual(dup.locations[0].physicalLocation.region, { startLine: 2, startColumn: 8, endLine: 2, endColumn: 26 });
  assert.equal(dup.relatedLocations?.length, 1);
  const file = join(dir, 'plume.sarif');
  writeFileSync(file, r.stdout);
  const result = validate(file)!;
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.warnings, []);
});

test('globs and .gitignore read as the shell and git do: escapes, literal braces, a/**', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-glob-'));
  const files: Record<string, string> = {
    '.gitignore': '{x,y}.md\n',
    'content/draft*.md': '# Étoile\n',
    'content/draftttt.md': '# Brouillon\n',
    'content/{x,y}.md': '# Accolades\n',
    'content/x.md': '# Ixe\n',
    'content/a/b/deep.md': '# Profond\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const list = (...args: string[]) => filesOf(run(dir, 'check', '--format', 'json', ...args).stdout);
  assert.deepEqual(list('content/draft\\*.m?'), ['content/draft*.md'], 'the escaped * matches a star only');
  assert.deepEqual(list('content'), ['content/a/b/deep.md', 'content/draft*.md', 'content/draftttt.md', 'content/x.md'], 'the braces of .gitignore are literal');
  assert.deepEqual(list('content/a/**'), ['content/a/b/deep.md']);
});
