import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('paragraph-language: an English instruction left in a French article', () => {
  const text =
    '# Les patrons de la tech\n\nMake this article seo compatible, Let there be subheadings for the article, be in french, create at least 700 words\n\nLes grandes entreprises se battent pour les talents en intelligence artificielle.\n';
  const found = checkRule('paragraph-language', text);
  assert.equal(found.length, 1);
  assert.match(found[0].spanText, /^Make this article/);
  assert.equal(found[0].data?.language, 'en');
});

test('paragraph-language: French paragraphs, captions made of names and short lines pass', () => {
  const text = '# Titre\n\nKelly Sullivan/Getty Images\n\nSergey Brin\n\nLe PDG de Google a appelé un employé qui voulait partir chez OpenAI.\n';
  assert.deepEqual(checkRule('paragraph-language', text), []);
});

test('paragraph-language: consecutive English paragraphs make one finding', () => {
  const text =
    '# Nouveautés\n\n- Add a new hook for the current user and the settings.\n- Fix the bug where the page would not render with the new router.\n- Remove the old API that was deprecated in the last version.\n\nLe reste est en français, comme il se doit pour ce blog.\n';
  const found = checkRule('paragraph-language', text);
  assert.equal(found.length, 1);
  assert.equal(found[0].data?.paragraphs, 3);
});
