import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

const fm = '---\ntitle: T\nkeyphrase: café\n---\n\n';

test('keyphrase-in-subheadings: too few and too many subheadings with the keyphrase', () => {
  const few = checkRule('keyphrase-in-subheadings', `${fm}## Un\n\nA.\n\n## Deux\n\nB.\n\n## Trois\n\nC.\n\n## Le café\n\nD.\n`);
  assert.equal(few.length, 1);
  assert.equal(few[0].data?.share, 25);
  const many = checkRule('keyphrase-in-subheadings', `${fm}## Café\n\nA.\n\n### Cafés\n\nB.\n`);
  assert.equal(many.length, 1);
  assert.match(many[0].message, /variez/);
});

test('keyphrase-in-subheadings: quiet within the range or without subheadings', () => {
  assert.deepEqual(checkRule('keyphrase-in-subheadings', `${fm}## Café\n\nA.\n\n## Thé\n\nB.\n`), []);
  assert.deepEqual(checkRule('keyphrase-in-subheadings', `${fm}Texte seul.\n`), []);
});
