// Incremental parsing must give exactly the article a parse from scratch gives, whatever the edit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseArticle, type Article, type TextChange } from '../../server/src/core';

const options = { titleFields: ['title'] };
const example = readFileSync(resolve(__dirname, '..', '..', '..', 'examples', 'raw-article.md'), 'utf8');
const sample = [
  '---',
  'title: "Un titre : assez long"',
  '---',
  '',
  '# Titre',
  '',
  'Premier paragraphe, avec du *gras* et un [lien](https://exemple.fr).',
  '',
  '## Section',
  '',
  '- un élément',
  '- deux `code` éléments',
  '',
  '```js',
  'const x = 1;',
  '```',
  '',
  '> Une citation.',
  '',
  '| a | b |',
  '|---|---|',
  '| c | d |',
  '',
  'Section',
  '-------',
  '',
  '<h2>Titre HTML</h2>',
  '',
  'Fin du texte. {{< shortcode >}} et encore.',
  '',
].join('\n');

/** Plain data of an article (no identity), comparable with deepEqual. */
const plain = (a: Article): unknown => JSON.parse(JSON.stringify(a));

function applyChange(text: string, c: TextChange, insert: string): string {
  return text.slice(0, c.from) + insert + text.slice(c.to);
}

const pieces = ['', 'e', ' ', '\n', '\n\n', '#', '## ', '`', '```', '-', '---\n', '*', '> ', '|', '<h2>', '</h2>', '[', ']', '(', ')', 'é', '\r\n'];

test('incremental parse equals a parse from scratch after random edits', () => {
  for (const base of [sample, example]) {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(6), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 4 }),
        (edits) => {
          let text = base;
          let previous = parseArticle(text, options);
          // Edits one at a time, then several at once (as a burst of keys analysed together).
          const changes: TextChange[] = [];
          for (const [where, length, insert] of edits) {
            const from = Math.floor(where * text.length);
            const to = Math.min(text.length, from + length);
            const change = { from, to, insertLength: insert.length };
            text = applyChange(text, change, insert);
            changes.push(change);
            const step = parseArticle(text, options, { article: previous, changes: [change] });
            assert.deepEqual(plain(step), plain(parseArticle(text, options)));
            previous = step;
          }
          const burst = parseArticle(text, options, { article: parseArticle(base, options), changes });
          assert.deepEqual(plain(burst), plain(parseArticle(text, options)));
        },
      ),
      { numRuns: 150 },
    );
  }
});
