// The clean-up and name rules keep per-block results between versions (lines kept on the block's raw
// text, capitalised words per block, stem counts carried from version to version, typography placed
// where it was): after random edits, reusing the previous version must give exactly what a fresh
// analysis gives. The documents are made of the lines those rules look for, repeated, so that edits
// add, remove, move and duplicate them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze, normalizeSettings, preloadLanguageDetector } from '../../server/src/core';
import { params } from '../support/fcConfig';
import { assertReusedEqualsFresh, plain } from '../support/incremental';

const LINES = [
  'Advertisement',
  'Read more',
  '5 min read',
  'Kelly Sullivan/Getty Images',
  'Crédit photo : AFP',
  'Sergey Brin',
  'Sergey Brin, cofondateur de Google.',
  'Source link',
  'Partager sur Twitter',
  '•',
  '• premier point',
  '– second point',
  'Métac’est la plateforme de Meta.',
  'Le PDG de Perplexité a parlé, puis Alex Libre, cofondateur, aussi.',
  'Le service de Meta’s rival et Google\'s moteur, Let’s go.',
  'Brin a appelé Brin. Perplexité et Anthropique répondent.',
  'Les travailleurs recrutent des travailleurs pour recruter le recrutement des travailleurs.',
  'Le composant rend le composant, le composant change et le composant reste.',
  'Il faut faire le big deal de la deadline en lazy loading.',
  'Une phrase ordinaire : avec « guillemets » et l\'apostrophe ... puis  deux espaces !',
  '![photo](a.png)',
  '<img src="b.png">',
  '## Un titre {#ancre}',
  '## Un titre',
  '[lien](#un-titre) et [autre](#ancre) et [perdu](#nulle-part)',
];

const line = fc.constantFrom(...LINES);
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n'));
const doc = fc.array(paragraph, { minLength: 1, maxLength: 10 }).map((ps) => `# Titre de l’article\n\n${ps.join('\n\n')}\n`);
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 40 }),
  text: fc.oneof(line, paragraph.map((p) => `\n\n${p}\n\n`), fc.constantFrom('', 'x', '\n', ' ', 'é', '’s', 'Meta', '\n\n')),
});
const steps = fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 });

test('property: clean-up and name rules after random edits, reusing the previous version, equal a fresh analysis', () => {
  preloadLanguageDetector();
  const settings = normalizeSettings({}, 'fr');
  fc.assert(
    fc.property(doc, fc.integer({ min: 1, max: 3 }), steps, (d, copies, batches) => {
      assertReusedEqualsFresh(Array.from({ length: copies }, () => d).join('\n'), settings, batches);
    }),
    params(100, 'incremental clean-up rules equal a fresh analysis'),
  );
});

test('the documents of this property do make the clean-up and name rules fire', () => {
  preloadLanguageDetector();
  const text = `# Titre de l’article\n\n${LINES.join('\n\n')}\n`;
  const fired = new Set(analyze(text, normalizeSettings({}, 'fr')).findings.map((f) => f.ruleId));
  for (const id of ['debris-ui', 'debris-credit', 'debris-source', 'fused-words', 'translated-names', 'repetition', 'anchor-links']) assert.ok(fired.has(id), `${id} fires`);
});

test('a line judged on its raw text is judged again when only a masked part of it changed (a link’s address)', () => {
  preloadLanguageDetector();
  const settings = normalizeSettings({}, 'fr');
  // The address is masked: the same length keeps the masked text, and the block's token, the same.
  const before = '# Titre\n\nUn paragraphe de texte ordinaire.\n\nCrédit photo : [AFP](https://afpcomabcdefghij)\n';
  const from = before.indexOf('afpcomabcdefghij');
  const path = 'a/b/c/d/e/f/g/hi';
  const after = before.slice(0, from) + path + before.slice(from + path.length);
  const first = analyze(before, settings);
  assert.ok(first.findings.some((f) => f.ruleId === 'debris-credit'), 'a short credit line');
  const reused = analyze(after, settings, { previous: { article: first.article, changes: [{ from, to: from + path.length, insertLength: path.length }] } });
  assert.equal(reused.article.masked, first.article.masked);
  assert.ok(!reused.findings.some((f) => f.ruleId === 'debris-credit'), 'too many words for a credit now');
  assert.deepEqual(plain(reused), plain(analyze(after, settings)));
});
