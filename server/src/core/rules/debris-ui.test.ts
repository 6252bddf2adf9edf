import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { fixed } from './cleanupTesting';

test('debris-ui: interface words alone on a line', () => {
  for (const line of ['Advertisement', '5 min read', 'Skip to content', 'Copy link', 'Publicité']) {
    const text = `# T\n\nAvant.\n\n${line}\n\nAprès.\n`;
    const found = checkRule('debris-ui', text);
    assert.equal(found.length, 1, line);
    assert.equal(fixed(text, found[0]), '# T\n\nAvant.\n\nAprès.\n');
  }
});

test('debris-ui: the same words inside sentences pass', () => {
  assert.deepEqual(checkRule('debris-ui', '# T\n\nLa publicité en ligne finance ce site.\n\nClose the door, dit-il en anglais.\n'), []);
});
