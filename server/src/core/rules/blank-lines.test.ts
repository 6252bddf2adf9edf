import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { fixed } from './cleanupTesting';

test('blank-lines: runs of empty lines shrink to one', () => {
  const text = '# T\n\nUn.\n\n\n\nDeux.\n';
  const found = checkRule('blank-lines', text);
  assert.equal(found.length, 1);
  assert.equal(found[0].data?.empty, 3);
  assert.equal(fixed(text, found[0]), '# T\n\nUn.\n\nDeux.\n');
});

test('blank-lines: one empty line, and empty lines inside code, pass', () => {
  assert.deepEqual(checkRule('blank-lines', '# T\n\nUn.\n\nDeux.\n'), []);
  assert.deepEqual(checkRule('blank-lines', '# T\n\n```\na\n\n\n\nb\n```\n'), []);
});

test('mixed line ends: the span never splits a CRLF (fast-check seed 20261202)', () => {
  const text = 'le\n\n\r\n\r\nfin';
  const [f] = checkRule('blank-lines', text);
  assert.ok(f, 'the run is found');
  assert.notEqual(text[f.span.end - 1], '\r');
  assert.notEqual(text[f.span.start - 1], '\r');
});
