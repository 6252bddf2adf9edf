import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../article/parse';
import { proseMatches } from './proseMatches';

const parse = (text: string) => parseArticle(text, { titleFields: ['title'] });

test('proseMatches: patterns sharing a leading look-behind find what each finds alone', () => {
  const text = '# T\n\nUn chat noir, un chien gris et un chatbot.\n\nRien ici.\n';
  const patterns = [/(?<![a-z])chat(?![a-z])/g, /(?<![a-z])chien gris/g, /(?<![a-z])(noir|gris)/g];
  const found = proseMatches(parse(text), 'test-shared', patterns).map((m) => [m.which, m.text]);
  assert.deepEqual(found, [
    [0, 'chat'],
    [2, 'noir'],
    [1, 'chien gris'],
    [2, 'gris'],
  ]);
});

test('proseMatches: a top-level alternative after the look-behind keeps its unguarded branch', () => {
  // « (?<!x)a|b » is « (?<!x)a » or « b »: « xb » matches by its second branch only.
  const found = proseMatches(parse('# T\n\nxb et xa.\n'), 'test-bar', [/(?<!x)a|b/g, /(?<!x)c/g]);
  assert.deepEqual(
    found.map((m) => m.text),
    ['b'],
  );
});
