import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globMatcher, hasGlob, ignoredBy, parseGitignore, splitGlob } from './glob';

test('globs: ** spans folders, * stays in one, classes and alternatives', () => {
  const md = globMatcher('content/**/*.md');
  assert.ok(md('content/a.md'));
  assert.ok(md('content/x/y/a.md'));
  assert.ok(!md('content/a.mdx'));
  assert.ok(!md('other/a.md'));
  assert.ok(globMatcher('*.{md,mdx}')('a.mdx'));
  assert.ok(!globMatcher('*.md')('dir/a.md'));
  assert.ok(globMatcher('post-?.md')('post-1.md'));
  assert.ok(globMatcher('post-[0-9].md')('post-7.md'));
  assert.ok(!globMatcher('post-[!0-9].md')('post-7.md'));
  assert.ok(globMatcher('a.b')('a.b') && !globMatcher('a.b')('axb'));
});

test('globs: an escaped wildcard is a literal character', () => {
  const draft = globMatcher('draft\\*.md');
  assert.ok(draft('draft*.md'));
  assert.ok(!draft('draftttt.md'), 'the escaped * is no wildcard');
  assert.ok(globMatcher('what\\?.md')('what?.md') && !globMatcher('what\\?.md')('whatx.md'));
  assert.equal(hasGlob('draft\\*.md'), false);
  assert.equal(hasGlob('content/*.md'), true);
  assert.deepEqual(splitGlob('content/blog/**/*.md'), { base: 'content/blog', glob: '**/*.md' });
});

test('globs: a/** takes the folder a itself and everything below it', () => {
  const a = globMatcher('a/**');
  assert.ok(a('a'));
  assert.ok(a('a/x.md'));
  assert.ok(a('a/b/c/y.md'));
  assert.ok(!a('ab/x.md'));
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

// Each case checked with `git check-ignore` (git 2.39).
test('.gitignore as git reads it: braces are literal, \\ escapes, a/** ignores what is inside a', () => {
  const braces = parseGitignore('{x,y}.md\n');
  assert.equal(ignoredBy(braces, '{x,y}.md', false), true);
  assert.equal(ignoredBy(braces, 'x.md', false), undefined, 'git does not expand braces');
  const escaped = parseGitignore('draft\\*.md\n\\#hash.md\n\\!bang.md\n');
  assert.equal(ignoredBy(escaped, 'draft*.md', false), true);
  assert.equal(ignoredBy(escaped, 'draftttt.md', false), undefined);
  assert.equal(ignoredBy(escaped, '#hash.md', false), true);
  assert.equal(ignoredBy(escaped, '!bang.md', false), true);
  const inside = parseGitignore('a/**\n');
  assert.equal(ignoredBy(inside, 'a/x.md', false), true);
  assert.equal(ignoredBy(inside, 'a/b', true), true);
  assert.equal(ignoredBy(inside, 'a/b/y.md', false), true);
  assert.equal(ignoredBy(inside, 'ab/x.md', false), undefined);
  const trailing = parseGitignore('notes.md   \nkeep\\ .md\n');
  assert.equal(ignoredBy(trailing, 'notes.md', false), true, 'trailing spaces are dropped');
  assert.equal(ignoredBy(trailing, 'keep .md', false), true, 'an escaped trailing space is kept');
});
