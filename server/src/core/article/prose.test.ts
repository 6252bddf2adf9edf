import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from './parse';

const wordsOf = (text: string): string[] => {
  const a = parseArticle(text, { titleFields: ['title'] });
  return a.words.map((w) => text.slice(w.start, w.end));
};

test('French words joined by apostrophes and hyphens count once', () => {
  assert.deepEqual(wordsOf('Aujourd’hui, l’expertise est peut-être rare.'), ['Aujourd’hui', 'l’expertise', 'est', 'peut-être', 'rare']);
  assert.deepEqual(wordsOf("L'IA d'aujourd'hui"), ["L'IA", "d'aujourd'hui"]);
});

test('punctuation and emoji are not words; numbers are', () => {
  assert.deepEqual(wordsOf('Bravo 🎉 ! Il y a 3,5 millions — et 2024…'), ['Bravo', 'Il', 'y', 'a', '3,5', 'millions', 'et', '2024']);
});

test('a trailing apostrophe or hyphen is not part of the word', () => {
  assert.deepEqual(wordsOf("les élèves' et - puis"), ['les', 'élèves', 'et', 'puis']);
});

test('combining accents stay inside the word', () => {
  const text = 'cafe\u0301 cre\u0300me';
  assert.deepEqual(wordsOf(text), ['cafe\u0301', 'cre\u0300me']);
});

test('sentences end at final punctuation, not after abbreviations or initials', () => {
  const text = 'M. Dupont est venu. Il a vu J. K. Rowling ! Puis il est parti… Fin';
  const a = parseArticle(text, { titleFields: ['title'] });
  assert.deepEqual(
    a.sentences.map((s) => text.slice(s.start, s.end)),
    ['M. Dupont est venu.', 'Il a vu J. K. Rowling !', 'Puis il est parti…', 'Fin'],
  );
});

test('every block ends its sentence', () => {
  const text = '- un élément\n- un autre\n\nUn paragraphe';
  const a = parseArticle(text, { titleFields: ['title'] });
  assert.equal(a.sentences.length, 3);
});
