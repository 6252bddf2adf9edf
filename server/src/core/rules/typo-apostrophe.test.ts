import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed, reported } from './typographyTesting';

test('typo-apostrophe: straight apostrophes inside words become typographic', () => {
  assert.equal(fixed("Aujourd'hui, l'expertise et qu'il faut."), 'Aujourd’hui, l’expertise et qu’il faut.');
  assert.equal(fixed("L'**IA** et l'`API` ici."), 'L’**IA** et l’`API` ici.');
});

test('typo-apostrophe: the straight preference goes the other way; quotes and code are left alone', () => {
  assert.equal(fixed('Aujourd’hui, l’IA.', { typography: { apostrophe: 'straight' } }), "Aujourd'hui, l'IA.");
  assert.deepEqual(reported('typo-apostrophe', "Le mot 'test' et `l'objet` ici."), []);
  assert.deepEqual(reported('typo-apostrophe', "Aujourd'hui.", { typography: { apostrophe: 'off' } }), []);
});
