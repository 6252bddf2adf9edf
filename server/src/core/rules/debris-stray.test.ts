import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { fixed } from './cleanupTesting';

test('debris-stray: numbers and symbols alone on a line', () => {
  for (const line of ['-57', '•', '12', '+3', '→']) {
    const text = `# T\n\nAvant.\n\n${line}\n\nAprès.\n`;
    const found = checkRule('debris-stray', text);
    assert.equal(found.length, 1, line);
    assert.equal(fixed(text, found[0]), '# T\n\nAvant.\n\nAprès.\n');
  }
});

test('debris-stray: Markdown marks, code, tables and numbers in sentences pass', () => {
  for (const text of ['# T\n\nAvant.\n\n---\n\nAprès.\n', '# T\n\n```\n42\n```\n', '# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', '# T\n\nIl y a 57 candidats.\n', '# T\n\n1. premier\n2. second\n']) {
    assert.deepEqual(checkRule('debris-stray', text), [], text);
  }
});
