import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../rules';
import { SETTING_SPECS, settingDefault } from './settingsSchema';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings';
import { valueAt } from './settingPaths';

test('every option a rule names is described, with a default', () => {
  const keys = new Set(SETTING_SPECS.map((s) => s.key));
  for (const rule of RULES) {
    for (const option of rule.meta.options ?? []) assert.ok(keys.has(option), `${rule.meta.id}: ${option} has no spec`);
  }
  for (const spec of SETTING_SPECS) assert.notEqual(settingDefault(spec.key), undefined, spec.key);
});

test('the defaults come from the table, every field of Settings filled', () => {
  assert.deepEqual(DEFAULT_SETTINGS, {
    locale: 'fr',
    minWords: 700,
    maxWordsPerSection: 300,
    subheadingForm: 'noun',
    rules: {},
    frontMatter: { titleFields: ['title'], descriptionField: 'description', descriptionFields: ['description'], keyphraseFields: ['keyphrase', 'keywords'] },
    typography: { space: 'narrow', apostrophe: 'typographic' },
    keyphrase: { maxContentWords: 4, minDensity: 0.5, maxDensity: 3, minSubheadingShare: 30, maxSubheadingShare: 75 },
    serp: { titleMinPx: 200, titleMaxPx: 600, descriptionMaxPx: 920 },
    readability: {
      maxSentenceWords: 20,
      maxLongSentenceShare: 25,
      minScore: 50,
      minTransitionShare: 30,
      minWordsForTransitions: 200,
      maxPassiveShare: 10,
      sameStartRun: 3,
      maxParagraphWords: 150,
    },
    headingOffset: 0,
    slugStyle: 'auto',
    descriptionFromExcerpt: false,
    assistant: { provider: 'off', model: '', endpoint: '', apiKeyEnv: '', timeoutSeconds: 60 },
    maxDocumentSize: 2_000_000,
    maxDiagnostics: 1000,
    words: [],
    articleFindingsInEditor: false,
  });
  for (const spec of SETTING_SPECS) if (!spec.clientOnly && spec.key !== 'locale') assert.deepEqual(valueAt(DEFAULT_SETTINGS, spec.key), spec.default, spec.key);
});

test('numeric settings are read from their section and bad values fall back to defaults', () => {
  const s = normalizeSettings({ keyphrase: { minDensity: 1, maxDensity: 'x' }, readability: { maxPassiveShare: 500 }, serp: { titleMaxPx: 580 } });
  assert.equal(s.keyphrase.minDensity, 1);
  assert.equal(s.keyphrase.maxDensity, 3);
  assert.equal(s.readability.maxPassiveShare, 10);
  assert.equal(s.serp.titleMaxPx, 580);
});

test('the normaliser keeps the bounds of the schema: the bound itself is taken, one step beyond falls back', () => {
  for (const spec of SETTING_SPECS) {
    const schema = spec.schema;
    if (schema.type !== 'integer' && schema.type !== 'number') continue;
    const at = (v: number) => valueAt(normalizeSettings(nested(spec.key, v)), spec.key);
    assert.equal(at(schema.minimum), schema.minimum, `${spec.key} at its minimum`);
    assert.equal(at(schema.minimum - 1), spec.default, `${spec.key} below its minimum`);
    if (schema.maximum !== undefined) {
      assert.equal(at(schema.maximum), schema.maximum, `${spec.key} at its maximum`);
      assert.equal(at(schema.maximum + 1), spec.default, `${spec.key} above its maximum`);
    }
    if (schema.type === 'integer') assert.equal(at(schema.minimum + 1.5), schema.minimum + 1, `${spec.key} rounds down`);
  }
});

test('enums, strings and lists: invalid values fall back, valid ones are trimmed', () => {
  const s = normalizeSettings({
    typography: { space: 'regular', apostrophe: 'curly' },
    frontMatter: { titleFields: [' headline ', '', 3], descriptionField: '  ', keyphraseFields: [] },
    rules: { 'min-words': 'off', 'passive-voice': 'loud' },
    locale: 'de',
  }, 'en');
  assert.equal(s.typography.space, 'regular');
  assert.equal(s.typography.apostrophe, 'typographic');
  assert.deepEqual(s.frontMatter, { titleFields: ['headline'], descriptionField: 'description', descriptionFields: ['description'], keyphraseFields: ['keyphrase', 'keywords'] });
  assert.deepEqual(s.rules, { 'min-words': 'off' });
  assert.equal(s.locale, 'en', 'an unknown locale takes the fallback');
});

function nested(key: string, value: unknown): Record<string, unknown> {
  return key.split('.').reduceRight<Record<string, unknown>>((inner, part) => ({ [part]: inner }), value as Record<string, unknown>);
}
