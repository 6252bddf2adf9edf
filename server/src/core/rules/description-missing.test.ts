import assert from 'node:assert/strict';
import test from 'node:test';
import { checkRule } from './testing';

test('description-missing: valid when the field holds text', () => {
  assert.deepEqual(checkRule('description-missing', '---\ntitle: T\ndescription: Une description.\n---\nCorps.\n'), []);
  assert.deepEqual(
    checkRule('description-missing', '---\ntitle: T\nresume: Une description.\n---\nCorps.\n', { frontMatter: { descriptionField: 'resume' } }),
    [],
  );
});

test('description-missing: absent field, empty field, no front matter', () => {
  const absent = checkRule('description-missing', '---\ntitle: T\n---\nCorps.\n');
  assert.equal(absent.length, 1);
  assert.equal(absent[0].severity, 'warning');
  assert.match(absent[0].message, /Pas de méta-description/);
  const empty = checkRule('description-missing', '---\ntitle: T\ndescription: ""\n---\nCorps.\n');
  assert.equal(empty.length, 1);
  assert.equal(empty[0].spanText, 'description');
  assert.match(empty[0].message, /vide/);
  const none = checkRule('description-missing', '# Titre\n\nCorps du texte.\n');
  assert.equal(none.length, 1);
  assert.equal(none[0].spanText, '', 'no front matter: a whole-article finding, on an empty span at the title’s start');
});

test('description-missing: silent on a front matter that cannot be read', () => {
  assert.deepEqual(checkRule('description-missing', '---\ntitle: [oops\n---\nCorps.\n'), []);
});
