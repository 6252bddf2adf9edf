import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule, words } from './testing';

test('paragraph-length: a paragraph over 150 words is reported on its first line', () => {
  const found = checkRule('paragraph-length', `# T\n\n${words(151)}\n`);
  assert.equal(found.length, 1);
  assert.equal(found[0].data?.words, 151);
});

test('paragraph-length: 150 words pass; the limit is a setting', () => {
  assert.deepEqual(checkRule('paragraph-length', `# T\n\n${words(150)}\n`), []);
  assert.equal(checkRule('paragraph-length', `# T\n\n${words(50)}\n`, { readability: { maxParagraphWords: 40 } }).length, 1);
});
