import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTextField, parseFrontMatter } from './frontMatter';

const field = (text: string, key: string) => {
  const fm = parseFrontMatter(text);
  const f = fm?.fields.find((x) => x.key === key);
  return f ? { value: f.value, key: text.slice(f.keySpan.start, f.keySpan.end), raw: text.slice(f.valueSpan.start, f.valueSpan.end) } : undefined;
};

test('YAML front matter with field ranges', () => {
  const text = '---\ntitle: "Bonjour le monde"\ndate: 2021-03-21\ntags: [a, b]\n---\n\nCorps';
  const fm = parseFrontMatter(text);
  assert.equal(fm?.kind, 'yaml');
  assert.equal(fm?.error, undefined);
  assert.deepEqual(field(text, 'title'), { value: 'Bonjour le monde', key: 'title', raw: '"Bonjour le monde"' });
  assert.deepEqual(field(text, 'date')?.value, '2021-03-21', 'dates stay strings');
  assert.deepEqual(field(text, 'tags')?.value, ['a', 'b']);
  assert.equal(text.slice(fm!.span.end), '\nCorps');
});

test('YAML fences tolerate trailing spaces, CRLF and a BOM', () => {
  const text = '\ufeff--- \r\ntitle: Salut\r\n---  \r\nCorps';
  const fm = parseFrontMatter(text);
  assert.equal(fm?.kind, 'yaml');
  assert.deepEqual(field(text, 'title'), { value: 'Salut', key: 'title', raw: 'Salut' });
  assert.equal(text.slice(fm!.span.end), 'Corps');
});

test('YAML closed by "..."', () => {
  assert.equal(parseFrontMatter('---\ntitle: A\n...\nbody')?.fields[0].value, 'A');
});

test('TOML front matter with field ranges', () => {
  const text = '+++\ntitle = "Un titre" # commentaire\ndraft = false\n[params]\nx = 1\n+++\nCorps';
  const fm = parseFrontMatter(text);
  assert.equal(fm?.kind, 'toml');
  assert.equal(fm?.error, undefined);
  assert.deepEqual(field(text, 'title'), { value: 'Un titre', key: 'title', raw: '"Un titre"' });
  assert.deepEqual(field(text, 'draft')?.value, false);
  assert.deepEqual({ ...(field(text, 'params')?.value as object) }, { x: 1 });
});

test('malformed YAML gives an error with a range, and no exception', () => {
  const text = '---\ntitle: [unclosed\nother: x\n---\nCorps';
  const fm = parseFrontMatter(text);
  assert.ok(fm?.error);
  assert.ok(fm.error.span.start >= fm.contentSpan.start && fm.error.span.end <= fm.contentSpan.end);
});

test('malformed TOML gives an error on its line', () => {
  const text = '+++\ntitle = "ok"\nbad = \n+++\n';
  const fm = parseFrontMatter(text);
  assert.ok(fm?.error);
  assert.equal(text.slice(fm.error.span.start, fm.error.span.end).includes('bad') || fm.error.span.start >= text.indexOf('bad'), true);
});

test('an unclosed front matter is reported and the rest stays body', () => {
  const fm = parseFrontMatter('---\ntitle: x\n\nLe texte continue');
  assert.equal(fm?.error?.message, 'unclosed');
  assert.equal(fm?.span.end, 4);
});

test('a document without front matter has none', () => {
  assert.equal(parseFrontMatter('# Titre\n\n---\n'), undefined);
  assert.equal(parseFrontMatter(''), undefined);
});

test('a YAML scalar document is an error, not a crash', () => {
  assert.ok(parseFrontMatter('---\njust text\n---\n')?.error);
});

test('findTextField takes the first listed field and a list’s first entry', () => {
  const fm = parseFrontMatter('---\nkeywords: [IA, talents]\nkeyphrase:\n---\n');
  assert.equal(findTextField(fm, ['keyphrase', 'keywords'])?.text, 'IA');
});
