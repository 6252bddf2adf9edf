import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyses, canBe, isOnly, lemmasAs, lexiconLoadStats } from './lexicon';

const has = (word: string, pos: string, gender?: string, number?: string): boolean =>
  analyses(word).some((a) => a.pos === pos && (gender === undefined || a.gender === gender) && (number === undefined || a.number === number));

test('lexicon: nouns with gender, number and lemma', () => {
  assert.ok(has('difficulté', 'noun', 'f', 's'));
  assert.ok(has('entreprises', 'noun', 'f', 'p'));
  assert.deepEqual(lemmasAs('chevaux', 'noun'), ['cheval']);
  assert.ok(has('gestion', 'noun', 'f', 's'));
});

test('lexicon: adjectives agree by their form', () => {
  assert.ok(has('grandes', 'adjective', 'f', 'p'));
  assert.ok(has('grand', 'adjective', 'm', 's'));
  assert.ok(has('rapide', 'adjective', 'e', 's'));
  assert.deepEqual(lemmasAs('beaux', 'adjective'), ['beau']);
});

test('lexicon: verbs, infinitives and participles', () => {
  assert.ok(has('implique', 'verb'));
  assert.ok(has('connectez', 'verb'));
  assert.ok(has('optimisés', 'pastParticiple', 'm', 'p'));
  assert.ok(has('optimiser', 'infinitive'));
  assert.deepEqual(lemmasAs('sont', 'verb'), ['être']);
  assert.ok(analyses('gardera').some((a) => a.pos === 'verb' && a.tenses?.includes('F')));
});

test('lexicon: closed classes, case and apostrophes folded', () => {
  assert.ok(canBe('pour', 'preposition'));
  assert.ok(isOnly('implique', 'verb'));
  assert.ok(canBe('les', 'determiner'));
  assert.ok(canBe('et', 'conjunction'));
  assert.ok(canBe('L’', 'determiner'));
  assert.ok(has('Maison', 'noun', 'f'));
  assert.deepEqual(analyses('zzqx'), []);
  assert.deepEqual(analyses('3D'), []);
});

test('lexicon: first and last forms of the data are found', () => {
  const stats = lexiconLoadStats();
  assert.ok(stats.loaded && stats.bytes > 1_000_000);
  assert.ok(analyses('abaisser').length > 0);
  assert.ok(analyses('zoologique').length > 0);
});
