import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('heading-hierarchy: a skipped level is reported on the heading', () => {
  const found = checkRule('heading-hierarchy', '# Titre\n\n## Partie\n\n#### Détail\n');
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'Détail');
  assert.equal(checkRule('heading-hierarchy', '---\ntitle: T\n---\n\n### Trop bas\n').length, 1);
});

test('heading-hierarchy: going back up any number of levels is fine', () => {
  assert.deepEqual(checkRule('heading-hierarchy', '# T\n\n## A\n\n### B\n\n#### C\n\n## D\n'), []);
});
