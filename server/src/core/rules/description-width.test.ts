import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('description-width: a description wider than 920 px at 14 px is reported', () => {
  const wide = 'MAJUSCULES LARGES '.repeat(10).trim();
  const found = checkRule('description-width', `---\ndescription: ${wide}\n---\n\nTexte.\n`);
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, wide);
});

test('description-width: a normal description or none passes', () => {
  assert.deepEqual(checkRule('description-width', '---\ndescription: Un café noir bien serré, préparé à la maison en cinq minutes.\n---\n\nTexte.\n'), []);
  assert.deepEqual(checkRule('description-width', '---\ntitle: T\n---\n\nTexte.\n'), []);
});
