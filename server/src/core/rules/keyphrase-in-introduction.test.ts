import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

const fm = '---\ntitle: Le café\nkeyphrase: torréfaction artisanale\n---\n\n';

test('keyphrase-in-introduction: reported on the first paragraph when it lacks the keyphrase', () => {
  const found = checkRule('keyphrase-in-introduction', `${fm}Le café se prépare de mille façons.\n\nLa torréfaction artisanale change tout.\n`);
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'Le café se prépare de mille façons.');
});

test('keyphrase-in-introduction: quiet when the first paragraph has it (after a heading)', () => {
  assert.deepEqual(checkRule('keyphrase-in-introduction', `${fm}## Intro\n\nUne torréfaction vraiment artisanale.\n`), []);
});
