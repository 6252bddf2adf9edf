import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('readability: long sentences of long words score under 50, with the score shown', () => {
  const hard =
    'Les considérations organisationnelles contemporaines nécessitent systématiquement une réévaluation méthodologique approfondie des problématiques interdépartementales préalablement identifiées. '.repeat(6);
  const found = checkRule('readability', `# T\n\n${hard}\n`);
  assert.equal(found.length, 1);
  assert.ok((found[0].data?.score as number) < 50);
  assert.match(found[0].message, /Kandel/);
});

test('readability: short sentences of short words pass; too few sentences are not scored', () => {
  assert.deepEqual(checkRule('readability', `# T\n\n${'Le chat dort. Il fait beau. '.repeat(5)}\n`), []);
  assert.deepEqual(checkRule('readability', '# T\n\nLes considérations organisationnelles contemporaines nécessitent une réévaluation.\n'), []);
});
