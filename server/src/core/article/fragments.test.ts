import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NodeType, Tree, TreeFragment } from '@lezer/common';
import { parseArticle, type TextChange } from './parse';
import { applyFragmentChanges } from './fragments';
import { analyze } from '../pipeline/analyze';
import { normalizeSettings } from '../config/settings';

const options = { titleFields: ['title'] };
const blocks = (text: string, previous?: Parameters<typeof parseArticle>[2]) =>
  parseArticle(text, options, previous).blocks.map((b) => [b.kind, b.span.start, b.span.end]);

test('a fragment end left open by one change stays open when a later change only shifts it', () => {
  const [whole] = TreeFragment.addTree(new Tree(NodeType.none, [], [], 400));
  const opened = applyFragmentChanges([whole], [{ fromA: 400, toA: 400, fromB: 400, toB: 450 }]);
  assert.deepEqual(opened.map((f) => [f.from, f.to, f.openEnd]), [[0, 400, true]]);
  const later = [{ fromA: 300, toA: 300, fromB: 300, toB: 310 }];
  const shifted = applyFragmentChanges(opened, later);
  assert.deepEqual(shifted.map((f) => [f.from, f.to, f.openStart, f.openEnd]), [[0, 300, false, true], [310, 410, true, true]]);
  // What @lezer/common 1.5 does itself: the second call forgets the open end at 410.
  assert.equal(TreeFragment.applyChanges(opened, later)[1]?.openEnd, false);
});

test('a quote continued after the end of the previous parse, then an edit before it: one quote, as fresh', () => {
  const intro = 'Un paragraphe d’introduction assez long pour que le début de l’arbre soit gardé tel quel. '.repeat(3);
  const before = `${intro}\n\n> Une citation sur une ligne\n`;
  const previous = parseArticle(before, options);
  // Edits in turn, as a writer makes them: the quote continued at the end, then a word typed near the start.
  let text = `${before}> et sa suite\n`;
  const changes: TextChange[] = [{ from: before.length, to: before.length, insertLength: '> et sa suite\n'.length }];
  text = `${text.slice(0, 3)}XYZ${text.slice(3)}`;
  changes.push({ from: 3, to: 3, insertLength: 3 });
  assert.deepEqual(blocks(text, { article: previous, changes }), blocks(text));
  assert.deepEqual(blocks(text).map((b) => b[0]), ['paragraph', 'quote']);
});

test('seed 838166720: the size limit cut a quote, an edit near the start moves the cut past its next line', () => {
  const settings = normalizeSettings({ maxDocumentSize: 1000 }, 'fr');
  const intro = 'Un paragraphe d’introduction, assez long pour que le début de l’arbre soit repris. '.repeat(10).trim();
  const quote = Array.from({ length: 6 }, (_, i) => `> Ligne ${i} de la citation, qui continue encore.`).join('\n');
  const text0 = `${intro}\n\n${quote}\n\nFin.\n`;
  const first = analyze(text0, settings);
  // The previous parse stops inside the quote; deleting 60 characters near the start lets the next
  // one see a further line of it, which the previous parse never saw.
  const text1 = text0.slice(0, 12) + text0.slice(72);
  const reused = analyze(text1, settings, { previous: { article: first.article, changes: [{ from: 12, to: 72, insertLength: 0 }] } });
  const fresh = analyze(text1, settings);
  assert.ok(first.article.text.length < text0.length, 'the first version is cut');
  assert.ok(fresh.article.text.length > first.article.text.length - 60, 'the cut moved past text the previous parse never saw');
  assert.deepEqual(fresh.article.blocks.map((b) => b.kind), ['paragraph', 'quote']);
  assert.deepEqual(JSON.parse(JSON.stringify(reused)), JSON.parse(JSON.stringify(fresh)));
});
