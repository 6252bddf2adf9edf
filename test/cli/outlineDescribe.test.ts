import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import test from 'node:test';
import { describeText } from '../../server/src/cli/describe';
import { outlineOf } from '../../server/src/cli/outline';
import { normalizeSettings } from '../../server/src/core';

const settings = normalizeSettings({ locale: 'fr' });
const example = readFileSync('examples/raw-article.md', 'utf8');

test('outline: 0-based lines before which level-2 headings go, on examples/raw-article.md', () => {
  const outline = outlineOf(example, settings);
  assert.ok(outline.length >= 1);
  const lines = example.split('\n');
  for (const e of outline) {
    assert.equal(e.level, 2);
    assert.ok(e.line > 0 && e.line < lines.length);
    assert.notEqual(lines[e.line].trim(), '', 'a heading goes before a paragraph line');
    assert.equal(lines[e.line - 1].trim(), '', 'after a blank line');
  }
});

test('describe: one line of 120 to 156 characters on examples/raw-article.md', () => {
  const d = describeText(example, settings);
  assert.ok([...d].length >= 120 && [...d].length <= 156, d);
  assert.doesNotMatch(d, /\n/);
});

test('the command line prints them (dist/cli.js)', (t) => {
  if (!existsSync('dist/cli.js')) return t.skip('dist/cli.js not built');
  const json = spawnSync(process.execPath, ['dist/cli.js', 'outline', '--format', 'json', 'examples/raw-article.md'], { encoding: 'utf8' });
  assert.equal(json.status, 0, json.stderr);
  assert.deepEqual(JSON.parse(json.stdout), outlineOf(example, settings));
  const line = spawnSync(process.execPath, ['dist/cli.js', 'describe', 'examples/raw-article.md'], { encoding: 'utf8' });
  assert.equal(line.status, 0, line.stderr);
  assert.equal(line.stdout, describeText(example, settings) + '\n');
  const two = spawnSync(process.execPath, ['dist/cli.js', 'outline', 'a.md', 'b.md'], { encoding: 'utf8' });
  assert.equal(two.status, 2);
});

test('plume titles and plume describe --all: grammatical proposals, whole-sentence descriptions', async () => {
  const { titlesOf } = await import('../../server/src/cli/titles');
  const { describeTexts } = await import('../../server/src/cli/describe');
  const { checkPhrase, checkDescription } = await import('../../server/src/core/actions/checklist');
  const { readFileSync } = await import('node:fs');
  const { normalizeSettings } = await import('../../server/src/core');
  const settings = normalizeSettings({});
  const raw = readFileSync('examples/raw-article.md', 'utf8');
  const titles = titlesOf(raw, settings);
  assert.ok(titles.length >= 3 && titles.length <= 5, JSON.stringify(titles));
  for (const t of titles) {
    assert.ok(t.width <= 600, t.text);
    const c = checkPhrase(t.text);
    assert.equal(c.brokenEnding, undefined, t.text);
    assert.deepEqual(c.agreement, [], t.text);
  }
  const descriptions = describeTexts(raw, settings);
  assert.ok(descriptions.length >= 2 && descriptions.length <= 3, descriptions.join('\n'));
  for (const d of descriptions) {
    const c = checkDescription(d);
    assert.ok(!c.midSentence && !c.ellipsis && !c.backReference, d);
  }
});
