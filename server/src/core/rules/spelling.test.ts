import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { computeActions } from '../actions/index';
import { analyze } from '../pipeline/analyze';
import { normalizeSettings } from '../config/settings';

test('spelling: a misspelt French word, once', () => {
  const found = checkRule('spelling', '# T\n\nLes chercheurs ont quitté l’entrepise pour une autre.\n');
  assert.deepEqual(found.map((f) => f.spanText), ['l’entrepise']);
});

test('spelling: suggestions are quick fixes', () => {
  const text = '# T\n\nUn développment rapide des produits.\n';
  const settings = normalizeSettings({ locale: 'fr' });
  const analysis = analyze(text, settings);
  const finding = analysis.findings.find((f) => f.ruleId === 'spelling');
  assert.ok(finding);
  const actions = computeActions({ article: analysis.article, settings, locale: 'fr', findings: analysis.findings }, { range: finding.span, ruleIds: ['spelling'], sourceActions: false });
  assert.equal(actions[0].edits[0].newText, 'développement');
  assert.equal(actions[0].isPreferred, true);
});

test('spelling: names, code, links, English words, repeated terms, tags and plume.words pass', () => {
  const text = [
    '---',
    'title: Guide du memoïzage',
    'tags: [plumage, reactjs]',
    '---',
    '',
    'Venkatachary travaille chez Google sur le `useMemo` et le layout.',
    '',
    'Le [guide](https://exemple.fr/memoizage) parle de *bundling* et de plumage.',
    '',
    'Le memoïzage, encore le memoïzage, et le refacto que nous aimons.',
    '',
  ].join('\n');
  assert.deepEqual(checkRule('spelling', text, { words: ['refacto'] }), []);
});

test('spelling: a paragraph in another language is not judged word by word', () => {
  assert.deepEqual(checkRule('spelling', '# T\n\nEin kleiner Hund läuft schnell über die Straße.\n'), []);
});
