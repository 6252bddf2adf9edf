import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('keyphrase-in-slug: the slug field is checked before the file name', () => {
  const found = checkRule('keyphrase-in-slug', '---\nkeyphrase: café noir\nslug: the-vert\n---\n\nTexte.\n', {}, 'cafe-noir.md');
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'the-vert');
  assert.deepEqual(checkRule('keyphrase-in-slug', '---\nkeyphrase: café noir\nslug: cafes-noirs\n---\n\nTexte.\n'), []);
});

test('keyphrase-in-slug: the file name without date and extension', () => {
  assert.deepEqual(checkRule('keyphrase-in-slug', '---\nkeyphrase: référencement naturel\n---\n\nTexte.\n', {}, '2024-05-01-referencement-naturel.md'), []);
  assert.equal(checkRule('keyphrase-in-slug', '---\nkeyphrase: référencement naturel\n---\n\nTexte.\n', {}, 'mon-article.md').length, 1);
  assert.deepEqual(checkRule('keyphrase-in-slug', '---\nkeyphrase: café\n---\n\nTexte.\n'), []);
});
