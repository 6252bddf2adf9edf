import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identifyShortText, identifyTitleLanguage, splitTitle } from './language';

test('a mixed title is split where an instruction is glued to it', () => {
  const title = 'Customize this title in frenchLes grands patrons de la technologie';
  assert.deepEqual(
    splitTitle(title).map((p) => title.slice(p.start, p.end)),
    ['Customize this title in french', 'Les grands patrons de la technologie'],
  );
});

test('camel-case brands are not split', () => {
  for (const t of ['JavaScript et TypeScript', 'GitHub Actions', 'iPhone et macOS', 'LinkedIn, YouTube et OpenAI']) {
    assert.equal(splitTitle(t).length, 1, t);
  }
});

test('separators split, times do not', () => {
  assert.deepEqual(splitTitle('React Labs : ce que nous préparons').length, 2);
  assert.deepEqual(splitTitle('Rendez-vous à 10:30 ce matin').length, 1);
});

test('French titles are French', () => {
  for (const t of [
    'Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA',
    'Comment utiliser React',
    'L’accessibilité numérique en 2024',
    'J’ai survécu à Paris Web 2012',
    'Introduction à la notion de dette technique',
    'Un modèle de branches Git efficace',
  ]) {
    assert.equal(identifyTitleLanguage(t).foreign, undefined, t);
  }
});

test('English titles are caught', () => {
  for (const t of ['How to Contribute to Open Source', 'The Plan for React 18', 'Building Welcoming Communities', 'Your Code of Conduct']) {
    assert.equal(identifyTitleLanguage(t).foreign?.language, 'en', t);
  }
});

test('names, brands, acronyms and numbers alone are not judged', () => {
  for (const t of ['React 19 RC', 'React v18.0', 'Apple WWDC 2024', 'Installation', 'Paris Web 2012', '2024']) {
    assert.equal(identifyTitleLanguage(t).foreign, undefined, t);
  }
});

test('the foreign part of a mixed title is located', () => {
  const title = 'Customize this title in frenchLes grands patrons de la technologie';
  const r = identifyTitleLanguage(title);
  assert.ok(r.foreign);
  assert.equal(title.slice(r.foreign.start, r.foreign.end), 'Customize this title in french');
  assert.equal(r.language, 'fr');
});

test('short texts', () => {
  assert.equal(identifyShortText('Source link'), 'en');
  assert.equal(identifyShortText('Le lien source'), 'fr');
  assert.equal(identifyShortText(''), 'und');
  // Too few letters for letter n-grams: « x » once read as German.
  for (const tiny of ['x', 'Ok', 'a b', 'x 12']) assert.equal(identifyShortText(tiny), 'und', tiny);
});
