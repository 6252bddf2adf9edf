import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule, words } from './testing';

test('keyphrase-missing: reported when no field holds a keyphrase', () => {
  const found = checkRule('keyphrase-missing', `---\ntitle: Un titre\n---\n\n${words(50)}\n`);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'information');
  assert.match(found[0].message, /keyphrase/);
});

test('keyphrase-missing: quiet with a keyphrase, a keywords list, or an empty article', () => {
  assert.deepEqual(checkRule('keyphrase-missing', `---\nkeyphrase: café\n---\n\n${words(50)}\n`), []);
  assert.deepEqual(checkRule('keyphrase-missing', `---\nkeywords: [café, thé]\n---\n\n${words(50)}\n`), []);
  assert.deepEqual(checkRule('keyphrase-missing', '---\ntitle: Vide\n---\n'), []);
  assert.deepEqual(checkRule('keyphrase-missing', `---\nfocus: café\n---\n\n${words(50)}\n`, { frontMatter: { keyphraseFields: ['focus'] } }), []);
});
