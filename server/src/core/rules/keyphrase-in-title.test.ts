import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('keyphrase-in-title: missing keyphrase is reported on the title with the missing words', () => {
  const found = checkRule('keyphrase-in-title', '---\ntitle: Bien choisir son thé vert\nkeyphrase: café noir\n---\n\nTexte.\n');
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'Bien choisir son thé vert');
  assert.deepEqual(found[0].data?.missing, ['café', 'noir']);
});

test('keyphrase-in-title: word forms and accents match; a late keyphrase is reported', () => {
  assert.deepEqual(checkRule('keyphrase-in-title', '---\ntitle: Les cafés noirs du matin\nkeyphrase: cafe noir\n---\n\nTexte.\n'), []);
  const late = checkRule('keyphrase-in-title', '---\ntitle: Tout ce que vous devez savoir avant de choisir votre café\nkeyphrase: café\n---\n\nTexte.\n');
  assert.equal(late.length, 1);
  assert.match(late[0].message, /tard/);
});
