import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

const check = (text: string, settings = {}) => checkRule('title-missing', text, settings);

test('no title at all', () => {
  const [f] = check('Ceci est une phrase.\n\nEt une autre.');
  assert.equal(f.spanText, 'Ceci est une phrase.');
  assert.match(f.message, /Titre manquant/);
});

test('an empty front-matter title counts as missing', () => {
  const [f] = check('---\ntitle: ""\n---\nTexte.');
  assert.ok(f);
});

test('titles from front matter, # heading, custom field or first line are found', () => {
  assert.deepEqual(check('---\ntitle: Titre\n---\nTexte.'), []);
  assert.deepEqual(check('# Titre\n\nTexte.'), []);
  assert.deepEqual(check('---\nheadline: Titre\n---\nTexte.', { frontMatter: { titleFields: ['headline'] } }), []);
  assert.deepEqual(check('Un titre\n\nTexte du corps.'), []);
});

test('an empty document reports at its start', () => {
  const [f] = check('');
  assert.deepEqual(f.span, { start: 0, end: 0 });
});
