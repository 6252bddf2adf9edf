import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('title-length: too wide and too narrow titles, with pixels and characters', () => {
  const long = 'Le guide complet et détaillé pour choisir, préparer et déguster un excellent café noir à la maison';
  const found = checkRule('title-length', `# ${long}\n\nTexte.\n`);
  assert.equal(found.length, 1);
  assert.match(found[0].message, /px \(\d+ caractères\)/);
  assert.equal(checkRule('title-length', '# Café\n\nTexte.\n').length, 1);
});

test('title-length: a title of ordinary width passes; limits are settings', () => {
  assert.deepEqual(checkRule('title-length', '# Comment choisir un bon café noir\n\nTexte.\n'), []);
  assert.deepEqual(checkRule('title-length', '# Café\n\nTexte.\n', { serp: { titleMinPx: 10 } }), []);
});
