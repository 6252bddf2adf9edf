import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule, words } from './testing';

const check = (text: string, settings = {}) => checkRule('min-words', text, settings);

test('counts the body and says what is missing', () => {
  const [f] = check(`# Titre de l’article\n\n${words(575)}`);
  assert.equal(f.message, '575 mots sur 700\u00a0: il en manque 125.');
  assert.equal(f.spanText, '', 'a whole-article finding: an empty span at the title’s start');
  assert.equal(f.span.start, 2);
  assert.deepEqual(f.data, { words: 575, minWords: 700 });
});

test('enough words, nothing to say', () => {
  assert.deepEqual(check(`# Titre\n\n${words(700)}`), []);
});

test('the title, code and front matter do not count', () => {
  const text = `---\ntitle: Un deux trois\n---\n# Un deux trois\n\n\`\`\`\n${words(50)}\n\`\`\`\n\n${words(99)}`;
  const [f] = check(text, { minWords: 100 });
  assert.equal(f.data?.words, 99);
});

test('minWords is a setting; English messages use thousands separators', () => {
  assert.deepEqual(check(words(120), { minWords: 100 }), []);
  const [f] = check(words(10), { minWords: 1500, locale: 'en' });
  assert.equal(f.message, '10 words out of 1,500: 1,490 missing.');
});

test('French numbers use a narrow no-break space', () => {
  const [f] = check(words(10), { minWords: 1500 });
  assert.equal(f.message, '10 mots sur 1\u202f500\u00a0: il en manque 1\u202f490.');
});
