import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed, reported } from './typographyTesting';

test('typo-quotes: straight quotes around French text become « » with no-break spaces', () => {
  assert.equal(fixed('Il a dit "bonjour" puis "au revoir".'), 'Il a dit «⍽bonjour⍽» puis «⍽au revoir⍽».');
  assert.equal(fixed('Elle cria "Bonjour !" et partit.'), 'Elle cria «⍽Bonjour⍽!⍽» et partit.');
  assert.equal(fixed('Le mot "fin": voilà.'), 'Le mot «⍽fin⍽»⍽: voilà.');
  assert.equal(fixed('Il a dit «\u202fla prop "key" manque\u202f».'), 'Il a dit «⍽la prop “key” manque⍽».');
});

test('typo-quotes: leaves unbalanced quotes, inches, HTML attributes and code alone', () => {
  for (const body of ['Un écran de 27" et un "test.', 'Un <span title="oui">mot</span> ici.', 'Le code `"a"` est court.', 'Vide "" ici.', 'Des espaces " partout " ici.']) {
    assert.deepEqual(reported('typo-quotes', body), [], body);
  }
});

test('typo-quotes: a straight quote right after « opens the second level, so fix-all is idempotent (fast-check seed -69061967)', () => {
  const once = fixed('Il a dit «"mot" avec nous».');
  assert.equal(once, 'Il a dit «⍽“mot” avec nous⍽».');
  assert.equal(fixed(once), once);
});
