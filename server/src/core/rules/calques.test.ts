import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { fixed } from './cleanupTesting';

test('calques: word-for-word phrases from English, fixed where the French is unambiguous', () => {
  const cases: [string, string | undefined][] = [
    ['Cela peut faire sens pour vous.', 'Cela peut avoir du sens pour vous.'],
    ['Il a envoyé des e-mails à froid aux chercheurs.', 'Il a envoyé des e-mails de prospection aux chercheurs.'],
    ['Un petit bassin de chercheurs.', 'Un petit vivier de chercheurs.'],
    ['Cela s’est produit au milieu des inquiétudes du conseil.', 'Cela s’est produit sur fond d’inquiétudes du conseil.'],
    ['Faire sens, voilà le but.', 'Avoir du sens, voilà le but.'],
    ['Nous devons adresser ce problème rapidement.', undefined],
    ['Le navigateur supporte le format WebP.', undefined],
    ['Des offres aux embauches précoces.', undefined],
  ];
  for (const [line, want] of cases) {
    const text = `# T\n\n${line}\n`;
    const found = checkRule('calques', text);
    assert.equal(found.length, 1, line);
    if (want) assert.equal(fixed(text, found[0]), `# T\n\n${want}\n`);
    else assert.equal(found[0].data?.cleanup, undefined, line);
  }
});

test('calques: the same words in French uses pass', () => {
  for (const line of ['Il ne supporte pas la chaleur.', 'Elle adresse une lettre au maire.', 'Le sens de la marche.', 'Un bassin de rétention.', 'Au milieu de la nuit.']) {
    assert.deepEqual(checkRule('calques', `# T\n\n${line}\n`), [], line);
  }
});
