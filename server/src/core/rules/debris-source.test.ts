import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { fixed } from './cleanupTesting';

test('debris-source: source, share and newsletter lines are found and removed', () => {
  const cases: [string, string][] = [
    ['# Titre\n\nUn paragraphe.\n\nSource link -57\n', '# Titre\n\nUn paragraphe.\n'],
    ['# Titre\n\nUn paragraphe.\n\nPartager sur Facebook\n\nLa suite.\n', '# Titre\n\nUn paragraphe.\n\nLa suite.\n'],
    ['# Titre\n\nAbonnez-vous à notre newsletter\n\nLa suite.\n', '# Titre\n\nLa suite.\n'],
    ['# Titre\n\nUn paragraphe.\nRead more\n', '# Titre\n\nUn paragraphe.\n'],
  ];
  for (const [text, want] of cases) {
    const found = checkRule('debris-source', text);
    assert.equal(found.length, 1, text);
    assert.equal(fixed(text, found[0]), want);
  }
  assert.equal(checkRule('debris-source', '# T\n\nSource link -57\n')[0].data?.stray, '-57');
});

test('debris-source: sentences that start like a source line pass', () => {
  for (const text of [
    '# T\n\nSource : Insee, enquête emploi 2023.\n',
    '# T\n\nPartager sur les réseaux sociaux est devenu un réflexe pour beaucoup de lecteurs qui découvrent un article et veulent le recommander.\n',
    '# T\n\nLire aussi les conditions générales avant de signer quoi que ce soit avec ce prestataire, car elles changent souvent.\n',
  ]) {
    assert.deepEqual(checkRule('debris-source', text), [], text);
  }
});
