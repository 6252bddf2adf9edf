import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { fixed } from './cleanupTesting';

test('pseudo-bullets: « • » lines become a Markdown list', () => {
  const text = '# T\n\n  • Premier point.\n  • Second point.\n\nSuite.\n';
  const found = checkRule('pseudo-bullets', text);
  assert.equal(found.length, 1);
  assert.equal(fixed(text, found[0]), '# T\n\n- Premier point.\n- Second point.\n\nSuite.\n');
});

test('pseudo-bullets: a list inside a paragraph is set apart from it', () => {
  const text = '# T\n\nTrois raisons :\n– la première ;\n– la seconde.\nEt voilà.\n';
  const found = checkRule('pseudo-bullets', text);
  assert.equal(found.length, 1);
  assert.equal(fixed(text, found[0]), '# T\n\nTrois raisons :\n\n- la première ;\n- la seconde.\n\nEt voilà.\n');
});

test('pseudo-bullets: one dash line (a dialogue), real lists and inner dashes pass', () => {
  for (const text of ['# T\n\n– Bonjour, dit-il.\n', '# T\n\n- un\n- deux\n', '# T\n\nUn mot – et un autre.\n', '# T\n\n* un\n* deux\n']) {
    assert.deepEqual(checkRule('pseudo-bullets', text), [], text);
  }
});
