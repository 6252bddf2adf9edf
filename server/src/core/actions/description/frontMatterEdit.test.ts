import assert from 'node:assert/strict';
import test from 'node:test';
import { parseFrontMatter } from '../../article/frontMatter';
import { parseArticle } from '../../article/parse';
import { applyEdits } from '../../base/edit';
import { writeDescription } from './frontMatterEdit';

const parse = (text: string) => parseArticle(text, { titleFields: ['title'] });
const VALUE = 'Une description: avec « guillemets », un "double", un # dièse et l’apostrophe.';

function write(text: string, replace = false): string | undefined {
  const edit = writeDescription(parse(text), 'description', VALUE, { replace, titleKey: 'title' });
  return edit ? applyEdits(text, [edit]) : undefined;
}

function fieldsOf(text: string): Record<string, unknown> {
  const fm = parseFrontMatter(text);
  assert.ok(fm && !fm.error, 'valid front matter');
  return JSON.parse(JSON.stringify(Object.fromEntries(fm.fields.map((f) => [f.key, f.value])))) as Record<string, unknown>;
}

test('YAML: adds the field after the title, every other byte unchanged', () => {
  const text = '---\ntitle: Mon titre\ntags: [a, b]\n---\n\nCorps.\n';
  const out = write(text);
  assert.ok(out);
  assert.deepEqual(fieldsOf(out), { title: 'Mon titre', description: VALUE, tags: ['a', 'b'] });
  const line = out.split('\n')[2];
  assert.ok(line.startsWith('description: '));
  assert.equal(out.replace(line + '\n', ''), text);
});

test('TOML: adds the field before the first table and escapes quotes', () => {
  const text = '+++\ntitle = "Titre"\n\n[params]\nauthor = "Moi"\n+++\nCorps.\n';
  const out = write(text);
  assert.ok(out);
  assert.deepEqual(fieldsOf(out), { title: 'Titre', description: VALUE, params: { author: 'Moi' } });
  assert.ok(out.endsWith('[params]\nauthor = "Moi"\n+++\nCorps.\n'));
});

test('creates a YAML front matter when there is none, keeping CRLF and the body', () => {
  const text = 'Titre\r\n\r\nCorps du texte.\r\n';
  const out = write(text);
  assert.ok(out);
  assert.ok(out.endsWith('---\r\n\r\n' + text));
  assert.deepEqual(fieldsOf(out), { description: VALUE });
});

test('fills an empty field; replaces an existing one only when asked (régénérer)', () => {
  const empty = '---\ntitle: T\ndescription:\nlang: fr\n---\nCorps.\n';
  const filled = write(empty);
  assert.ok(filled);
  assert.deepEqual(fieldsOf(filled), { title: 'T', description: VALUE, lang: 'fr' });
  const existing = '---\ntitle: T\ndescription: >\n  Ancienne\n  description\nlang: fr\n---\nCorps.\n';
  assert.equal(write(existing), undefined);
  const replaced = write(existing, true);
  assert.ok(replaced);
  assert.deepEqual(fieldsOf(replaced), { title: 'T', description: VALUE, lang: 'fr' });
  assert.ok(replaced.startsWith('---\ntitle: T\ndescription: ') && replaced.endsWith('\nlang: fr\n---\nCorps.\n'));
});

test('never writes into a broken front matter or over a non-text field', () => {
  assert.equal(write('---\ntitle: [unclosed\n---\nCorps.\n'), undefined);
  assert.equal(write('---\ntitle: T\ndescription: [a, b]\n---\nCorps.\n', true), undefined);
  // A flow map cannot take a new line: either no edit, or one that reads back right.
  const flow = write('---\n{title: flow}\n---\nCorps.\n');
  if (flow !== undefined) assert.deepEqual(fieldsOf(flow), { title: 'flow', description: VALUE });
});
