import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseList, parseSingle } from './parse';

const cases: [string, string, string[]][] = [
  ['a JSON array', '["Un titre", "Un autre titre"]', ['Un titre', 'Un autre titre']],
  ['a JSON array in a fence, with a sentence before', 'Voici mes propositions :\n```json\n["Un titre", "Un autre"]\n```\nBonne chance !', ['Un titre', 'Un autre']],
  ['an object holding the array', '{"titres": ["Premier", "Second"]}', ['Premier', 'Second']],
  ['a numbered list with commentary', 'Voici cinq titres :\n1. Premier titre\n2) Deuxième titre\n3. « Troisième titre »\nJ’espère que cela vous aide.', ['Premier titre', 'Deuxième titre', 'Troisième titre']],
  ['a bulleted list, bold and labels', '- **Titre 1 : La guerre des talents**\n* Titre 2 : Les patrons recrutent\n• "Les chercheurs en IA"', ['La guerre des talents', 'Les patrons recrutent', 'Les chercheurs en IA']],
  ['one per line, no marks', 'Premier titre\nSecond titre\n', ['Premier titre', 'Second titre']],
  ['a reasoning block first', '<think>The user wants titles. Let me think.</think>\n["Un titre"]', ['Un titre']],
  ['empty', '   \n  ', []],
  ['a broken JSON array read as lines', '["Un titre",\n"Un autre"', ['Un titre', 'Un autre']],
];

for (const [name, answer, expected] of cases) {
  test(`parseList: ${name}`, () => assert.deepEqual(parseList(answer), expected));
}

test('parseSingle: fence and announcing line removed, paragraphs kept', () => {
  assert.equal(parseSingle('Voici la traduction :\n\n```\nLe paragraphe traduit.\n```'), 'Le paragraphe traduit.');
  assert.equal(parseSingle('## Une section\n\nPremier paragraphe.\n\nSecond paragraphe.'), '## Une section\n\nPremier paragraphe.\n\nSecond paragraphe.');
  assert.equal(parseSingle('« Le paragraphe traduit. »'), 'Le paragraphe traduit.');
  assert.equal(parseSingle('["Le paragraphe traduit."]'), 'Le paragraphe traduit.');
  assert.equal(parseSingle(''), '');
});
