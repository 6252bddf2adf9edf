import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule, words } from './testing';

const fm = '---\ntitle: T\nkeyphrase: café noir\n---\n\n';

test('keyphrase-density: under the minimum, with the figure in the message', () => {
  const found = checkRule('keyphrase-density', `${fm}Un café noir. ${words(300)}\n`);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /0,3 % \(1 \/ 303\)/);
});

test('keyphrase-density: above the maximum, and within range', () => {
  const dense = Array.from({ length: 10 }, () => 'Le café noir est bon.').join(' ');
  assert.match(checkRule('keyphrase-density', `${fm}${dense}\n`)[0].message, /au-dessus/);
  const fine = `${fm}Un café noir. ${words(60)} Des cafés noirs. ${words(60)}\n`;
  assert.deepEqual(checkRule('keyphrase-density', fine), []);
});
