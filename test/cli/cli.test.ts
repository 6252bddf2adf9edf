import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..', '..');
const cli = resolve(repoRoot, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8' } });

test('check --format json reports the three core diagnostics on the raw article', () => {
  const r = run('check', '--format', 'json', 'examples/raw-article.md');
  assert.equal(r.status, 0, r.stderr);
  const [file] = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string; severity: string; range: { start: { line: number; character: number } } }[] }[];
  assert.equal(file.file, 'examples/raw-article.md');
  const core = file.diagnostics.filter((d) => ['title-language', 'min-words', 'subheadings'].includes(d.code));
  assert.deepEqual(core.map((d) => d.code), ['title-language', 'min-words', 'subheadings']);
  assert.deepEqual(core[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 30 } });
  assert.equal(core[0].severity, 'warning');
});

test('text output names file, line and column', () => {
  const r = run('check', 'examples/raw-article.md');
  assert.match(r.stdout, /^examples\/raw-article\.md:1:1: warning title-language: /m);
});

test('exit 1 when something is at error level', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-'));
  const file = join(dir, 'bad.md');
  writeFileSync(file, '---\ntitle: [oops\n---\nTexte.\n');
  const r = run('check', file);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /error front-matter/);
});

test('exit 2 with a clear message for bad usage or an unreadable file, never a stack trace', () => {
  for (const args of [['check'], ['frobnicate', 'x.md'], ['check', '--format', 'xml', 'x.md'], ['check', 'does-not-exist.md']]) {
    const r = run(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^plume: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('any file name is accepted (.txt)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-'));
  const file = join(dir, 'article.txt');
  writeFileSync(file, '# Un titre\n\nUn texte.\n');
  assert.equal(run('check', file).status, 0);
});

test('stats --format json gives title, language, words and headings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-'));
  // A repository of its own: the site lookup climbs no further, so the other tests' articles in the
  // temporary folder (written in parallel) are not read as this site's.
  mkdirSync(join(dir, '.git'));
  const file = join(dir, 'a.md');
  writeFileSync(file, '---\ntitle: Un titre français\n---\n\nIntro ici.\n\n## Partie une\n\nTexte.\n');
  const r = run('stats', '--format', 'json', file);
  assert.equal(r.status, 0, r.stderr);
  const [stats, ...rest] = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.equal(rest.length, 0);
  const { score, metrics, checks, site, ...core } = stats;
  assert.deepEqual(core, { file, title: 'Un titre français', titleLanguage: 'fr', words: 5, headings: [{ level: 2, renderedLevel: 2, text: 'Partie une', line: 6 }] });
  assert.deepEqual((site as { detected: unknown }).detected, [], 'nothing to detect in a folder without a site');
  assert.ok(typeof score === 'number' && score >= 0 && score <= 100);
  assert.equal(typeof metrics, 'object');
  // The report's source: every check's state, why it was not evaluated, its figure.
  const list = checks as { id: string; state: string; reason?: string; figure?: { value: number; unit: string } }[];
  assert.ok(list.every((c) => ['passed', 'review', 'failed', 'not-evaluated'].includes(c.state)));
  assert.deepEqual(list.find((c) => c.id === 'keyphrase-in-title'), { id: 'keyphrase-in-title', state: 'not-evaluated', reason: 'pas d’expression clé' });
  assert.equal(list.find((c) => c.id === 'min-words')?.figure?.value, 5);
});

test('stats and check read the site generator’s conventions: an Eleventy heading offset, inferred description fields', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-site-'));
  writeFileSync(join(dir, '.eleventy.js'), "module.exports = (c) => { md.renderer.rules.heading_open = (t, i) => `<h${Number(t[i].tag.slice(1)) + 1}>`; };\n");
  for (const n of [1, 2, 3]) writeFileSync(join(dir, `a${n}.md`), `---\ntitle: Article ${n}\nexcerpt: Résumé de l’article ${n}\n---\n\n# Partie\n\nTexte.\n\n# Autre\n\nTexte.\n`);
  const file = join(dir, 'a1.md');
  const r = run('stats', '--format', 'json', '--locale', 'fr', file);
  assert.equal(r.status, 0, r.stderr);
  const [stats] = JSON.parse(r.stdout) as { headings: { renderedLevel: number }[]; site: { detected: string[]; applied: { headingOffset: number; descriptionFields: string[] } } }[];
  assert.deepEqual(stats.headings.map((h) => h.renderedLevel), [2, 2]);
  assert.equal(stats.site.applied.headingOffset, 1);
  assert.deepEqual(stats.site.applied.descriptionFields, ['excerpt', 'description']);
  assert.ok(stats.site.detected.some((l) => l.includes('lu dans .eleventy.js')), stats.site.detected.join('\n'));
  assert.ok(stats.site.detected.some((l) => l.includes('déduit de 3 articles sur 3')), stats.site.detected.join('\n'));
  const check = run('check', '--format', 'json', file);
  const codes = (JSON.parse(check.stdout) as { diagnostics: { code: string }[] }[])[0].diagnostics.map((d) => d.code);
  assert.ok(!codes.includes('h1-count') && !codes.includes('description-missing'), codes.join());
  // plume init writes what was detected; the project file then overrides the detection.
  assert.equal(run('init', dir).status, 0);
  const written = readFileSync(join(dir, '.plumerc.json'), 'utf8');
  assert.match(written, /"headingOffset": 1/);
  assert.equal(run('init', dir).status, 1, 'an existing file is kept without --force');
  writeFileSync(join(dir, '.plumerc.json'), '{ // the team decided\n "headingOffset": 0 }\n');
  const after = JSON.parse(run('stats', '--format', 'json', file).stdout) as { site: { applied: { headingOffset: number } } }[];
  assert.equal(after[0].site.applied.headingOffset, 0);
});

test('--help and --version', () => {
  assert.equal(run('--help').status, 0);
  assert.match(run('--version').stdout, /^\d+\.\d+\.\d+/);
});
