import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('consecutive-sentences: three sentences in a row with the same start', () => {
  const found = checkRule('consecutive-sentences', '# T\n\nIls sont là. Ils sont prêts. Ils partent demain. Nous restons.\n');
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'Ils sont là. Ils sont prêts. Ils partent demain.');
  assert.match(found[0].message, /«\u00a0Ils\u00a0»/);
});

test('consecutive-sentences: after an article the next word is compared; lists and headings break runs', () => {
  assert.deepEqual(checkRule('consecutive-sentences', '# T\n\nLe chat dort. Le chien aboie. Le merle chante.\n'), []);
  assert.equal(checkRule('consecutive-sentences', '# T\n\nLe site est lent. Le site est laid. Le site est vieux.\n').length, 1);
  assert.deepEqual(checkRule('consecutive-sentences', '# T\n\n- Les branches A.\n- Les branches B.\n- Les branches C.\n'), []);
  assert.deepEqual(checkRule('consecutive-sentences', '# T\n\nIls vont. Ils viennent.\n\n## Partie\n\nIls restent.\n'), []);
});
