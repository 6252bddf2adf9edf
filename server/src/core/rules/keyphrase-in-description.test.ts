import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('keyphrase-in-description: reported on the description value', () => {
  const found = checkRule('keyphrase-in-description', '---\nkeyphrase: café noir\ndescription: "Tout sur le thé vert."\n---\n\nTexte.\n');
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'Tout sur le thé vert.');
});

test('keyphrase-in-description: quiet with the keyphrase, or without a description', () => {
  assert.deepEqual(checkRule('keyphrase-in-description', '---\nkeyphrase: café noir\ndescription: Le café, noir et serré.\n---\n\nTexte.\n'), []);
  assert.deepEqual(checkRule('keyphrase-in-description', '---\nkeyphrase: café noir\n---\n\nTexte.\n'), []);
});
