import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../rules';
import { SETTING_SPECS, settingDefault } from './settingsSchema';
import { normalizeSettings } from './settings';

test('every option a rule names is described, with a default', () => {
  const keys = new Set(SETTING_SPECS.map((s) => s.key));
  for (const rule of RULES) {
    for (const option of rule.meta.options ?? []) assert.ok(keys.has(option), `${rule.meta.id}: ${option} has no spec`);
  }
  for (const spec of SETTING_SPECS) assert.notEqual(settingDefault(spec.key), undefined, spec.key);
});

test('numeric settings are read from their section and bad values fall back to defaults', () => {
  const s = normalizeSettings({ keyphrase: { minDensity: 1, maxDensity: 'x' }, readability: { maxPassiveShare: 500 }, serp: { titleMaxPx: 580 } });
  assert.equal(s.keyphrase.minDensity, 1);
  assert.equal(s.keyphrase.maxDensity, 3);
  assert.equal(s.readability.maxPassiveShare, 10);
  assert.equal(s.serp.titleMaxPx, 580);
});
