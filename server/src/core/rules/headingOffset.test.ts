// Headings judged at the level the site renders them (plume.headingOffset, detected on Eleventy sites
// whose markdown-it configuration makes a body `#` an H2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule, words } from './testing';

const article = `---\ntitle: Voyage en train\n---\n\n${words(250)}\n\n# Préparer le départ\n\n${words(250)}\n\n# Arriver\n\n${words(250)}\n\n## Détail\n\n${words(50)}\n`;

test('h1-count: body « # » are H2s after an offset of 1', () => {
  assert.equal(checkRule('h1-count', article).length, 2, 'without the offset, both « # » are second H1s');
  assert.deepEqual(checkRule('h1-count', article, { headingOffset: 1 }), []);
});

test('subheadings: body « # » count as sections after an offset of 1, and the message names the mark to type', () => {
  const noSections = `---\ntitle: T\n---\n\n${words(400)}\n`;
  const [f] = checkRule('subheadings', noSections, { headingOffset: 1 });
  assert.match(f.message, /Aucun intertitre «\u00a0#\u00a0»/);
  assert.deepEqual(checkRule('subheadings', article, { headingOffset: 1 }), []);
});

test('heading-hierarchy: a « ## » under a « # » is H3 under H2 after the offset, not a skip', () => {
  const text = `---\ntitle: T\n---\n\n# Partie\n\n### Trop bas\n`;
  assert.deepEqual(checkRule('heading-hierarchy', `---\ntitle: T\n---\n\n# Partie\n\n## Sous-partie\n`, { headingOffset: 1 }), []);
  const [f] = checkRule('heading-hierarchy', text, { headingOffset: 1 });
  assert.match(f.message, /niveau 4 suit un niveau 2\. Écrivez-le «\u00a0##\u00a0»/);
});

test('heading-hierarchy: a component’s own title (react.dev <DeepDive> then ####) is outside the outline', () => {
  const text = '---\ntitle: T\n---\n\n## Partie\n\n<DeepDive>\n\n#### Pour aller plus loin\n\nTexte.\n\n</DeepDive>\n\n#### Vraiment sauté\n';
  const found = checkRule('heading-hierarchy', text);
  assert.deepEqual(found.map((f) => f.spanText), ['Vraiment sauté']);
});
