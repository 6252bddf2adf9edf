import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

const check = (text: string, settings = {}) => checkRule('front-matter', text, settings);

test('invalid YAML is an error on the bad place', () => {
  const [f] = check('---\ntitle: [oops\n---\nTexte.');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /^Front matter YAML invalide/);
});

test('an unclosed front matter says how to fix it', () => {
  const [f] = check('---\ntitle: x\n\nTexte.');
  assert.equal(f.spanText, '---');
  assert.match(f.message, /non fermé/);
});

test('invalid TOML', () => {
  const [f] = check('+++\ntitle = \n+++\nTexte.', { locale: 'en' });
  assert.match(f.message, /^Invalid TOML front matter/);
});

test('valid front matter and none at all', () => {
  assert.deepEqual(check('---\ntitle: x\n---\nTexte.'), []);
  assert.deepEqual(check('+++\ntitle = "x"\n+++\nTexte.'), []);
  assert.deepEqual(check('Texte.'), []);
});
