import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './analyze';
import type { Rule } from '../rules/rule';
import { normalizeSettings } from '../config/settings';

test('a rule that throws costs only its own result', () => {
  const broken: Rule = {
    meta: { id: 'broken', name: { fr: 'x', en: 'x' }, description: { fr: 'x', en: 'x' }, defaultSeverity: 'warning', category: 'structure' },
    check() {
      throw new Error('boom');
    },
  };
  const fine: Rule = { ...broken, meta: { ...broken.meta, id: 'fine' }, check: () => [{ span: { start: 0, end: 1 }, message: 'ok' }] };
  const errors: string[] = [];
  const { findings } = analyze('Texte.', normalizeSettings({}), { rules: [broken, fine], onRuleError: (id) => errors.push(id) });
  assert.deepEqual(errors, ['broken']);
  assert.deepEqual(findings.map((f) => f.ruleId), ['fine']);
});

test('severities come from plume.rules, invalid values are ignored', () => {
  const settings = normalizeSettings({ rules: { 'min-words': 'error', subheadings: 'loud' }, minWords: -3 });
  assert.equal(settings.rules['min-words'], 'error');
  assert.equal(settings.rules.subheadings, undefined);
  assert.equal(settings.minWords, 700);
  const { findings } = analyze('# Titre\n\nUn texte court.', settings);
  assert.equal(findings.find((f) => f.ruleId === 'min-words')?.severity, 'error');
});

test('normalizeSettings survives any input', () => {
  for (const input of [null, 42, 'x', [], { frontMatter: 3 }, { rules: [] }, { frontMatter: { titleFields: [1, ''] } }]) {
    const s = normalizeSettings(input);
    assert.deepEqual(s.frontMatter.titleFields, ['title']);
  }
});
