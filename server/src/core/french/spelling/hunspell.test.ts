import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frenchDictionary } from './dictionary';
import { readHunspell } from './hunspell';

test('hunspell: the French dictionary accepts inflected and elided forms', () => {
  const fr = frenchDictionary();
  for (const word of ['entreprises', 'chercheurs', 'l’expertise', "d'ingénieurs", 'aujourd’hui', 'peut-être', 'généreuses', 'débauchage', 'Entreprise', 'rémunérations', 'qu’il', 'recrutés', 'ENTREPRISE']) {
    assert.equal(fr.correct(word), true, word);
  }
  for (const word of ['loadées', 'Métac’est', 'entreprize', 'chercheurz', 'xqzt']) assert.equal(fr.correct(word), false, word);
});

test('hunspell: suggestions put the closest spelling first', () => {
  const fr = frenchDictionary();
  assert.ok(fr.suggest('chercheurz').includes('chercheurs'));
  assert.equal(fr.suggest('developpement')[0], 'développement');
  assert.ok(fr.suggest('lesentreprises').includes('les entreprises'));
});

test('hunspell: a tiny dictionary of its own, with a suffix, a prefix and a forbidden word', () => {
  const aff = ['SET UTF-8', 'FLAG long', 'FORBIDDENWORD {}', 'TRY ea', 'SFX S. Y 1', 'SFX S. 0 s/L. .', 'PFX L. Y 1', "PFX L. 0 l' ."].join('\n');
  const dic = ['3', 'arbre/S.L.', 'chat/S.', 'chatz/{}'].join('\n');
  const h = readHunspell(aff, dic);
  assert.equal(h.correct('arbres'), true);
  assert.equal(h.correct("l'arbre"), true);
  assert.equal(h.correct('l’arbres'), true);
  assert.equal(h.correct("l'chat"), false);
  assert.equal(h.correct('chats'), true);
  assert.equal(h.correct('chatz'), false);
  assert.deepEqual(h.suggest('arbra'), ['arbre']);
});

test('hunspell: one-character flags (the default), as the English dictionary has', () => {
  const h = readHunspell(['SET UTF-8', 'SFX S Y 1', 'SFX S 0 s .'].join('\n'), ['1', 'slide/S'].join('\n'));
  assert.equal(h.correct('slides'), true);
  assert.equal(h.correct('slidez'), false);
});

test('hunspell: suggestions are remembered, and each call gets its own list', () => {
  const fr = frenchDictionary();
  const first = fr.suggest('developpement');
  first.push('changed by a caller');
  assert.deepEqual(fr.suggest('developpement'), first.slice(0, -1));
  assert.equal(fr.suggest('developpement', 1).length, 1);
});
