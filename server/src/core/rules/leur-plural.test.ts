import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { fixed } from './cleanupTesting';

test('leur-plural: the determiner before a plural noun', () => {
  const text = '# T\n\nElles sont généreuses avec leur offres.\n';
  const found = checkRule('leur-plural', text);
  assert.equal(found.length, 1);
  assert.equal(fixed(text, found[0]), '# T\n\nElles sont généreuses avec leurs offres.\n');
  assert.equal(checkRule('leur-plural', '# T\n\nIls gardent leur propres règles.\n').length, 1);
});

test('leur-plural: the pronoun, invariable words and singulars in s pass', () => {
  for (const line of ['Tu leur donnes la main.', 'Nous leur offrons un café.', 'Leur plus grand défi.', 'Leur avis compte.', 'Leur choix est fait.', 'Je le leur dis.', 'Ils leur doivent tout.']) {
    assert.deepEqual(checkRule('leur-plural', `# T\n\n${line}\n`), [], line);
  }
});
