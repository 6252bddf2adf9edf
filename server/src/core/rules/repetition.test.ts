import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('repetition: the same content word close by in a sentence', () => {
  const found = checkRule('repetition', '# T\n\nLa concurrence pour les travailleurs a conduit à des tentatives de débauchage de travailleurs.\n');
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'travailleurs');
});

test('repetition: figures, idioms, function words and the article’s subject pass', () => {
  for (const line of [
    'Il est difficile à trouver, difficile à comprendre.',
    'Nous avançons étape par étape vers le but.',
    'Il passe de temps en temps pour nous voir.',
    'Les travailleurs partent. Plus tard, les travailleurs reviennent.',
    'Le composant affiche un composant enfant. Le composant parent passe un composant.',
  ]) {
    assert.deepEqual(checkRule('repetition', `# T\n\n${line}\n`), [], line);
  }
});
