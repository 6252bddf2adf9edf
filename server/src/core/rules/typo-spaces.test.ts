import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed, reported } from './typographyTesting';

test('typo-spaces: double spaces and a space before a comma or a full stop', () => {
  assert.equal(fixed('Un  mot , puis la fin .'), 'Un mot, puis la fin.');
});

test('typo-spaces: indentation, hard breaks, tables, code and file names are left alone', () => {
  for (const body of [
    'Ligne avec saut  \nsuite du texte.',
    '| Nom  | Valeur |\n|------|--------|\n| a    | b      |',
    'Le code `a  b` ici.',
    'Le fichier .env et la version 1 .5 restent.',
    '    code indenté  ici',
  ]) {
    assert.deepEqual(reported('typo-spaces', body), [], body);
  }
});
