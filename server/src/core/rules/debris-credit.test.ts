import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { fixed } from './cleanupTesting';

test('debris-credit: a credit with its caption and picture name above is removed whole', () => {
  const text = '# T\n\nAvant.\n\nSergey Brin\n\nSergey Brin, cofondateur de Google.\n\nKelly Sullivan/Getty Images\n\nAprès.\n';
  const found = checkRule('debris-credit', text);
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'Kelly Sullivan/Getty Images');
  assert.deepEqual(found[0].data?.captions, ['Sergey Brin', 'Sergey Brin, cofondateur de Google.']);
  assert.equal(fixed(text, found[0]), '# T\n\nAvant.\n\nAprès.\n');
});

test('debris-credit: explicit credits and image banks', () => {
  for (const line of ['Crédit photo : Jean Dupont', 'Photo : AFP', '© Reuters', 'Image by Freepik', 'Photo by John Doe on Unsplash', 'Getty Images']) {
    const found = checkRule('debris-credit', `# T\n\nUn long paragraphe qui explique quelque chose d’important au lecteur, avec des détails et des exemples pour que la légende ne soit pas prise.\n\n${line}\n`);
    assert.equal(found.length, 1, line);
    assert.equal(found[0].spanText, line);
  }
});

test('debris-credit: sentences citing an agency pass', () => {
  for (const text of ['# T\n\nSelon l’AFP, la réunion a été reportée.\n', '# T\n\nReuters a publié la nouvelle ce matin.\n', '# T\n\nLes photos de Getty Images sont payantes.\n']) {
    assert.deepEqual(checkRule('debris-credit', text), [], text);
  }
});
