import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

const plain = 'Le café pousse en altitude sur des pentes bien exposées au soleil du matin. ';
const linked = 'Ensuite, les grains sont triés à la main puis séchés pendant plusieurs jours. ';

test('transition-words: under 30 % of sentences with a connector in a text over 200 words', () => {
  const found = checkRule('transition-words', `# T\n\n${plain.repeat(16)}${linked.repeat(2)}\n`);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /11,1 %/);
});

test('transition-words: enough connectors, or a short text, pass', () => {
  assert.deepEqual(checkRule('transition-words', `# T\n\n${plain.repeat(10)}${linked.repeat(8)}\n`), []);
  assert.deepEqual(checkRule('transition-words', `# T\n\n${plain.repeat(5)}\n`), []);
});
