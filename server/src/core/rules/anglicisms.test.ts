import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('anglicisms: reported once per word, with the French word, as a hint', () => {
  const found = checkRule('anglicisms', '# T\n\nLes dirigeants de Big Tech recrutent. Les images sont lazy loadées. Encore Big Tech.\n');
  assert.deepEqual(found.map((f) => f.spanText), ['Big Tech', 'lazy loadées']);
  assert.equal(found[0].severity, 'hint');
  assert.equal(found[0].data?.uses, 2);
  assert.match(found[0].message, /géants de la tech/);
});

test('anglicisms: a word in plume.words is not reported (the per-word off switch)', () => {
  assert.deepEqual(checkRule('anglicisms', '# T\n\nUne deadline et une roadmap.\n', { words: ['deadline'] }).map((f) => f.spanText), ['roadmap']);
});

test('anglicisms: words now French pass', () => {
  assert.deepEqual(checkRule('anglicisms', '# T\n\nUne startup envoie un e-mail et sa newsletter. Le processus est long.\n'), []);
});
