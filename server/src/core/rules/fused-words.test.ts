import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('fused-words: « Métac’est » from "Meta’s", named as the article writes it elsewhere', () => {
  const found = checkRule('fused-words', '# T\n\nMétac’est Mark Zuckerberg a appelé. Meta recrute.\n');
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'Métac’est');
  assert.equal(found[0].data?.name, 'Meta');
});

test('fused-words: English possessives are reported, contractions and French pass', () => {
  assert.deepEqual(checkRule('fused-words', '# T\n\nLe PDG de Google’s est parti.\n').map((f) => f.spanText), ['Google’s']);
  assert.deepEqual(checkRule('fused-words', '# T\n\nLet’s go, dit-il. C’est simple. Donc c’est fini.\n'), []);
});
