import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('h1-count: a body # that repeats the front-matter title counts as a second H1', () => {
  const found = checkRule('h1-count', '---\ntitle: Le café\n---\n\n# Le café\n\nTexte.\n');
  assert.equal(found.length, 1);
  assert.equal(found[0].data?.repeatsTitle, true);
  assert.equal(checkRule('h1-count', '# Un\n\nTexte.\n\n# Deux\n\nTexte.\n')[0].spanText, 'Deux');
});

test('h1-count: a single H1 passes', () => {
  assert.deepEqual(checkRule('h1-count', '# Un\n\nTexte.\n\n## Deux\n'), []);
  assert.deepEqual(checkRule('h1-count', '---\ntitle: Un\n---\n\n## Deux\n'), []);
});
