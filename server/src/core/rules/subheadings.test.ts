import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule, words } from './testing';

const check = (text: string, settings = {}) => checkRule('subheadings', text, settings);

test('an article over 300 words without ## is flagged at the start of its body', () => {
  const text = `# Titre\n\n${words(150, 'a')}\n\n${words(200, 'b')}`;
  const [f, ...rest] = check(text);
  assert.equal(rest.length, 0);
  assert.equal(f.span.start, text.indexOf('Lea'));
  assert.match(f.message, /Aucun intertitre/);
});

test('short articles need no subheading', () => {
  assert.deepEqual(check(`# Titre\n\n${words(300)}`), []);
});

test('a stretch over 300 words between headings is reported where it starts', () => {
  const long = `${words(200, 'x')}\n\n${words(150, 'y')}`;
  const text = `# Titre\n\n${words(100, 'a')}\n\n## Première\n\n${words(250, 'b')}\n\n## Deuxième\n\n${long}\n\n### Fin\n\n${words(50, 'c')}`;
  const findings = check(text);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].span.start, text.indexOf('Lex'));
  assert.match(findings[0].message, /^350 mots sans intertitre/);
});

test('the introduction counts as a stretch', () => {
  const text = `${words(350, 'i')}\n\n## Partie\n\n${words(10)}`;
  assert.equal(check(text).length, 1);
});

test('H3 headings also break a stretch; H4 do not', () => {
  const ok = `## A\n\n${words(250)}\n\n### B\n\n${words(250)}`;
  assert.deepEqual(check(ok), []);
  const ko = `## A\n\n${words(250)}\n\n#### B\n\n${words(250)}`;
  assert.equal(check(ko).length, 1);
});

test('setext and HTML h2 headings count', () => {
  assert.deepEqual(check(`Partie\n------\n\n${words(250)}\n\n<h2>Autre</h2>\n\n${words(250)}`), []);
});

test('maxWordsPerSection is a setting', () => {
  const text = `## A\n\n${words(120)}`;
  assert.equal(check(text, { maxWordsPerSection: 100 }).length, 1);
});
