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
