import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { fixed } from './cleanupTesting';

test('english-formats: numbers, dates, times and amounts get the French format', () => {
  const cases: [string, string][] = [
    ['Il gagne 1,000.50 euros.', 'Il gagne 1\u202f000,50 euros.'],
    ['Ils sont 12,000 salariés.', 'Ils sont 12\u202f000 salariés.'],
    ['La réunion du May 5, 2024 est annulée.', 'La réunion du 5 mai 2024 est annulée.'],
    ['Rendez-vous à 3 PM demain.', 'Rendez-vous à 15\u00a0h demain.'],
    ['Rendez-vous à 10:30 a.m. demain.', 'Rendez-vous à 10\u00a0h 30 demain.'],
    ['Cela coûte $5 par mois.', 'Cela coûte 5\u202f$ par mois.'],
    ['Une levée de $1.5 billion cette année.', 'Une levée de 1,5 milliards de dollars cette année.'],
  ];
  for (const [line, want] of cases) {
    const found = checkRule('english-formats', `# T\n\n${line}\n`);
    assert.equal(found.length, 1, line);
    assert.equal(fixed(`# T\n\n${line}\n`, found[0]), `# T\n\n${want}\n`);
  }
});

test('english-formats: French formats, versions and lists of numbers pass', () => {
  for (const line of ['Il gagne 1 000,50 euros.', 'La version 2.1 est sortie.', 'Les valeurs 1,2 et 3 sont retenues.', 'Le 5 mai à 15 h, pour 5 $.', 'En mai 5 personnes sont venues.', 'Les chiffres 3,14 et 2,718.']) {
    assert.deepEqual(checkRule('english-formats', `# T\n\n${line}\n`), [], line);
  }
});
