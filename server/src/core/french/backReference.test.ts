import { test } from 'node:test';
import assert from 'node:assert/strict';
import { opensOnBackReference } from './backReference';

test('opensOnBackReference: sentences that lean on what came before', () => {
  const yes = [
    'Nous avions précédemment expliqué comment installer Jekyll.',
    'J’ai donc enfin pu tester le nouveau modèle.',
    'Cette solution permet de gagner du temps.',
    'Il suffit de cliquer sur le bouton.',
    'Cependant, la loi change en 2025.',
    'Ce dernier propose une offre gratuite.',
    'Mais les startups ont du mal à recruter.',
  ];
  const no = [
    'Les startups françaises peinent à recruter des ingénieurs en IA.',
    'Ce guide explique comment installer Jekyll sur macOS.',
    'Jekyll est un générateur de sites statiques écrit en Ruby.',
    'Comment choisir un hébergeur en 2025 ?',
    'Cette année, la loi de finances change la fiscalité des PME.',
  ];
  for (const s of yes) assert.equal(opensOnBackReference(s), true, s);
  for (const s of no) assert.equal(opensOnBackReference(s), false, s);
});
