import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyphraseMatcher, slugWords } from './keyphrase';

test('content words ignore articles and prepositions', () => {
  const m = new KeyphraseMatcher('le référencement naturel pour les débutants');
  assert.deepEqual(m.contentWords, ['référencement', 'naturel', 'débutants']);
});

test('matching folds case, accents, apostrophes and elided articles, and compares stems', () => {
  const m = new KeyphraseMatcher('expertise en IA');
  assert.ok(m.matches('La bataille pour l’expertise en ia'));
  assert.ok(m.matches("L'EXPERTISE des IA"));
  assert.ok(!m.matches('La bataille pour les talents en IA'));
  const r = new KeyphraseMatcher('référencement naturel');
  assert.ok(r.matches('Les bases du referencement, naturellement'));
  assert.ok(r.matches('Des sites naturels et leurs référencements'));
});

test('count and find give occurrences and where the first one is', () => {
  const m = new KeyphraseMatcher('café');
  assert.equal(m.count('Un café, deux cafés et du thé.'), 2);
  const found = m.find('Le bon café');
  assert.deepEqual(found && { start: found.start, end: found.end, wordIndex: found.wordIndex }, { start: 7, end: 11, wordIndex: 2 });
  assert.equal(m.find('Le thé'), undefined);
  assert.deepEqual(new KeyphraseMatcher('café noir').missingWords('un café'), ['noir']);
});

test('slug words drop the date, extension and separators', () => {
  assert.deepEqual(slugWords('2024-01-02-referencement-naturel.md'), ['referencement', 'naturel']);
});
