import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('keyphrase-length: more than 4 content words is reported on the value', () => {
  const text = '---\nkeyphrase: "guide complet référencement naturel site vitrine"\n---\n\nTexte.\n';
  const found = checkRule('keyphrase-length', text);
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'guide complet référencement naturel site vitrine');
});

test('keyphrase-length: function words do not count; the limit is a setting', () => {
  assert.deepEqual(checkRule('keyphrase-length', '---\nkeyphrase: comment choisir le meilleur café pour la maison\n---\n\nTexte.\n'), []);
  assert.equal(checkRule('keyphrase-length', '---\nkeyphrase: café noir serré\n---\n\nTexte.\n', { keyphrase: { maxContentWords: 2 } }).length, 1);
});
