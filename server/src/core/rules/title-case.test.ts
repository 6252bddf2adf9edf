import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { fixed } from './cleanupTesting';

test('title-case: English capitals in a French heading', () => {
  const text = '# Titre\n\n## Comment Choisir Son Logiciel De Paie\n\nLe logiciel de paie se choisit avec soin.\n';
  const found = checkRule('title-case', text);
  assert.equal(found.length, 1);
  assert.equal(fixed(text, found[0]).split('\n')[2], '## Comment Choisir son logiciel de paie');
});

test('title-case: names and French capitals pass', () => {
  for (const heading of ['## Les startups en difficulté', '## Mark Zuckerberg et Sergey Brin', '## Le PDG de Google', '## Bienvenue à Saint-Denis']) {
    assert.deepEqual(checkRule('title-case', `# Titre\n\n${heading}\n\nTexte.\n`), [], heading);
  }
});
