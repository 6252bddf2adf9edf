import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementErrors, brokenEnding } from './phrase';

test('brokenEnding: headings ending on a verb, preposition, determiner or conjunction', () => {
  const cases: [string, string | undefined][] = [
    ['Conformité au cadre légal implique', 'verb'],
    ['Mac App Store et connectez', 'verb'],
    ['Produit final car', 'conjunction'],
    ['Les données pour', 'preposition'],
    ['Choisir les', 'determiner'],
    ['Les startups en difficulté', undefined],
    ['Gestion de la dette', undefined],
    ['Bien choisir son hébergeur', undefined],
    ['Comment choisir ?', undefined],
    ['La marche à suivre', undefined],
    ['Les résultats de 2024', undefined],
    ['Props différentes', undefined],
    ['Temps auprès', 'preposition'],
    ['Violation du code de conduite et d’expliquer', 'verb'],
    ['Machine à laver', undefined],
  ];
  for (const [text, expected] of cases) assert.equal(brokenEnding(text), expected, text);
});

test('agreementErrors: determiner–noun and noun–adjective pairs', () => {
  assert.deepEqual(agreementErrors('Gestion d’images optimisés'), [['images', 'optimisés']]);
  assert.deepEqual(agreementErrors('La grands entreprises'), [['La', 'grands']]);
  assert.deepEqual(agreementErrors('Les grandes entreprises françaises'), []);
  assert.deepEqual(agreementErrors('Gestion d’images optimisées'), []);
  assert.deepEqual(agreementErrors('Un outil simple'), []);
  assert.deepEqual(agreementErrors('Le choix des outils'), []);
  assert.deepEqual(agreementErrors('Les startups en difficulté'), []);
  assert.deepEqual(agreementErrors('Connaissance initial de l’accessibilité'), [['Connaissance', 'initial']]);
  assert.deepEqual(agreementErrors('Atteindre des niveaux d’activité élevés'), []);
  assert.deepEqual(agreementErrors('Communiqué de presse publié'), []);
  assert.deepEqual(agreementErrors('Créer des documents PDF accessibles'), []);
  assert.deepEqual(agreementErrors('Structure d’objet imbriquée'), []);
});
