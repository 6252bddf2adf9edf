import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../article/parse';
import { normalizeSettings } from '../config/settings';
import { analysisSteps } from '../pipeline/analyze';
import { typographyIssues, typographyIssuesSteps } from './scan';

const longText = (): string =>
  Array.from({ length: 600 }, (_, i) => `Le paragraphe ${i} dit : "bonjour" ... et l'auteur ajoute ceci !`).join('\n\n');

test('the typography scan of a long document pauses every few hundred segments, to the same issues', () => {
  const settings = normalizeSettings({});
  const text = longText();
  const steps = typographyIssuesSteps(parseArticle(text, { titleFields: ['title'] }), settings.typography, ['title']);
  let pauses = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) pauses++;
  assert.ok(pauses >= 2, `paused ${pauses} times`);
  const whole = typographyIssues(parseArticle(text, { titleFields: ['title'] }), settings.typography, ['title']);
  assert.ok(whole.length >= 600 * 3);
  assert.deepEqual(step.value, whole);
});

test('the analysis pauses inside the first typography rule, under its name, and finds the scan done for the others', () => {
  const settings = normalizeSettings({});
  const steps = analysisSteps(longText(), settings);
  const names: string[] = [];
  for (let step = steps.next(); !step.done; step = steps.next()) names.push(step.value);
  const first = names.indexOf('typo-nbsp');
  assert.ok(names.filter((n) => n === 'typo-nbsp').length >= 3);
  assert.equal(names.filter((n) => n === 'typo-apostrophe').length, 1);
  assert.ok(names.slice(first).every((n, i, rest) => n === 'typo-nbsp' || !rest.slice(i).includes('typo-nbsp')));
});
