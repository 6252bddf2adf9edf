import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globToRegExp, ignoredBy, parseGitignore } from './glob';

test('globs: ** spans folders, * stays in one, classes and alternatives', () => {
  const md = globToRegExp('content/**/*.md');
  assert.ok(md.test('content/a.md'));
  assert.ok(md.test('content/x/y/a.md'));
  assert.ok(!md.test('content/a.mdx'));
  assert.ok(!md.test('other/a.md'));
  assert.ok(globToRegExp('*.{md,mdx}').test('a.mdx'));
  assert.ok(!globToRegExp('*.md').test('dir/a.md'));
  assert.ok(globToRegExp('post-?.md').test('post-1.md'));
  assert.ok(globToRegExp('post-[0-9].md').test('post-7.md'));
  assert.ok(!globToRegExp('post-[!0-9].md').test('post-7.md'));
  assert.ok(globToRegExp('a.b').test('a.b') && !globToRegExp('a.b').test('axb'));
});

test('.gitignore: names at any depth, anchoring, folders only, negation, last rule wins', () => {
  const rules = parseGitignore('# comment\n\n*.draft.md\n/build\ntmp/\ndocs/*.md\n!docs/keep.md\n');
  assert.equal(ignoredBy(rules, 'a/b/x.draft.md', false), true);
  assert.equal(ignoredBy(rules, 'build', true), true);
  assert.equal(ignoredBy(rules, 'sub/build', true), undefined);
  assert.equal(ignoredBy(rules, 'sub/tmp', true), true);
  assert.equal(ignoredBy(rules, 'tmp', false), undefined);
  assert.equal(ignoredBy(rules, 'docs/a.md', false), true);
  assert.equal(ignoredBy(rules, 'docs/keep.md', false), false);
  assert.equal(ignoredBy(rules, 'docs/sub/a.md', false), undefined);
  assert.equal(ignoredBy(parseGitignore('**/drafts/**\n'), 'x/drafts/a.md', false), true);
});
