import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('description-width: a description wider than 920 px at 14 px is reported', () => {
  const wide = 'MAJUSCULES LARGES '.repeat(8).trim(); // 143 characters: only too wide
  const found = checkRule('description-width', `---\ndescription: ${wide}\n---\n\nTexte.\n`);
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, wide);
  assert.match(found[0].message, /Raccourcissez-la/);
});

test('description-width: too long in characters as well, description-length says both in one finding', () => {
  const wide = 'MAJUSCULES LARGES '.repeat(10).trim(); // 179 characters
  const text = `---\ndescription: ${wide}\n---\n\nTexte.\n`;
  assert.deepEqual(checkRule('description-width', text), []);
  const length = checkRule('description-length', text);
  assert.equal(length.length, 1);
  assert.match(length[0].message, /179 caractères et 1\u202f\d{3} px/);
  // With description-length turned off, the width is reported on its own.
  assert.equal(checkRule('description-width', text, { rules: { 'description-length': 'off' } }).length, 1);
});

test('description-width: a normal description or none passes', () => {
  assert.deepEqual(checkRule('description-width', '---\ndescription: Un café noir bien serré, préparé à la maison en cinq minutes.\n---\n\nTexte.\n'), []);
  assert.deepEqual(checkRule('description-width', '---\ntitle: T\n---\n\nTexte.\n'), []);
});
