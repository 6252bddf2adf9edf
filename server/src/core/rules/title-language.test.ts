import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

const check = (text: string, settings = {}) => checkRule('title-language', text, settings);

test('flags the English part of a raw pasted title', () => {
  const text = 'Customize this title in frenchLes grands patrons de la technologie se lancent dans la bataille\n\nPremier paragraphe. Il suit.';
  const [f, ...rest] = check(text);
  assert.equal(rest.length, 0);
  assert.equal(f.spanText, 'Customize this title in french');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /anglais/);
});

test('flags an English front-matter title on the title value', () => {
  const text = '---\ntitle: "How to Contribute to Open Source"\n---\n\nTexte.';
  const [f] = check(text);
  assert.equal(f.spanText, 'How to Contribute to Open Source');
  assert.match(f.message, /Titre en anglais/);
});

test('messages in English', () => {
  const [f] = check('# The Plan for React 18\n\nTexte.', { locale: 'en' });
  assert.match(f.message, /not in French/);
});

test('French, names-only and missing titles are not flagged', () => {
  assert.deepEqual(check('---\ntitle: Introduction à la dette technique\n---\nTexte.'), []);
  assert.deepEqual(check('# React 19 RC\n\nTexte.'), []);
  assert.deepEqual(check('Juste un paragraphe.'), []);
});

test('an escaped YAML title still gets a diagnostic on the value', () => {
  const text = '---\ntitle: "How to \\"Contribute\\" to Open Source"\n---\nTexte.';
  const [f] = check(text);
  assert.equal(f.spanText, '"How to \\"Contribute\\" to Open Source"');
});

test('can be turned off', () => {
  assert.deepEqual(check('# The Plan for React 18\n\nTexte.', { rules: { 'title-language': 'off' } }), []);
});
