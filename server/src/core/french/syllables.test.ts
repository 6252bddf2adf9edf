import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countSyllables } from './syllables';

test('French syllables: vowel groups, mute final e and -es', () => {
  assert.equal(countSyllables('chat'), 1);
  assert.equal(countSyllables('maison'), 2);
  assert.equal(countSyllables('porte'), 1);
  assert.equal(countSyllables('portes'), 1);
  assert.equal(countSyllables('été'), 2);
  assert.equal(countSyllables('années'), 2);
  assert.equal(countSyllables('référencement'), 5); // inner mute e are counted, as in careful reading
});

test('verb ending -ent is mute, noun and adverb endings are spoken', () => {
  assert.equal(countSyllables('parlent'), 1);
  assert.equal(countSyllables('finissent'), 2);
  assert.equal(countSyllables('moment'), 2);
  assert.equal(countSyllables('rapidement'), 4);
  assert.equal(countSyllables('client'), 1);
  assert.equal(countSyllables('souvent'), 2);
});

test('elisions, hyphens and numbers', () => {
  assert.equal(countSyllables('l’expertise'), 3);
  assert.equal(countSyllables('peut-être'), 2);
  assert.equal(countSyllables('2024'), 1);
  assert.equal(countSyllables('le'), 1);
});
