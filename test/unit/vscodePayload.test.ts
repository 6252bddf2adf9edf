// The section VS Code really sends for `plume` (every contributed key with its default, built from
// package.json) merged with a project file: the project file holds wherever the writer set nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EDITOR_DEFAULTS, parseProjectConfig } from '../../server/src/core/config/projectConfig';
import { resolveSettings } from '../../server/src/core/config/resolve';
import { setValueAt, valueAt } from '../../server/src/core/config/settingPaths';
import { SETTING_SPECS, type SettingSpec } from '../../server/src/core/config/settingsSchema';

interface Contribution {
  readonly default?: unknown;
}

/**
 * The `plume` section VS Code answers to workspace/configuration when the writer has set nothing:
 * every key of package.json's `contributes.configuration` with its default, nested by its dots.
 */
function vscodePayload(): Record<string, unknown> {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { configuration: { properties: Record<string, Contribution> } } };
  const section: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(pkg.contributes.configuration.properties)) setValueAt(section, key.slice('plume.'.length), spec.default);
  return section;
}

/** A valid value other than the default for every setting of the analysis. */
function otherValue(spec: SettingSpec): unknown {
  const s = spec.schema;
  switch (s.type) {
    case 'integer':
    case 'number':
      return s.maximum !== undefined && (spec.default as number) + 1 > s.maximum ? (spec.default as number) - 1 : (spec.default as number) + 1;
    case 'string':
      return s.enum ? s.enum.find((v) => v !== spec.default && v !== 'auto') : `${String(spec.default)}X`;
    case 'boolean':
      return !spec.default;
    case 'array':
      return ['other'];
    case 'object':
      return { 'min-words': 'off' };
  }
}

test('the payload VS Code sends: its keys are the table’s, its values the table’s defaults', () => {
  assert.deepEqual(vscodePayload(), EDITOR_DEFAULTS);
});

test('with the payload VS Code sends, the project file applies to every setting', () => {
  const specs = SETTING_SPECS.filter((s) => !s.clientOnly);
  const project: Record<string, unknown> = {};
  for (const spec of specs) setValueAt(project, spec.key, otherValue(spec));
  const settings = resolveSettings({ project, editor: vscodePayload(), fallbackLocale: 'fr' });
  // `frontMatter.descriptionFields` (a list) wins over the single `descriptionField`, which then names its first entry.
  for (const spec of specs) if (spec.key !== 'frontMatter.descriptionField') assert.deepEqual(valueAt(settings, spec.key), valueAt(project, spec.key), spec.key);
  assert.equal(settings.frontMatter.descriptionField, settings.frontMatter.descriptionFields[0]);
  const single = resolveSettings({ project: { frontMatter: { descriptionField: 'summary' } }, editor: vscodePayload() });
  assert.deepEqual(single.frontMatter.descriptionFields, ['summary'], 'the single field alone gives a list of one');
  // The two settings the review found overridden by the editor's defaults.
  const file = parseProjectConfig('{"typography": {"space": "regular"}, "readability": {"maxParagraphWords": 80}}');
  assert.ok(file.ok);
  const s = resolveSettings({ project: file.config, editor: vscodePayload() });
  assert.equal(s.typography.space, 'regular');
  assert.equal(s.readability.maxParagraphWords, 80);
});

test('with the payload VS Code sends, a value the writer changed in the editor wins over the project file', () => {
  const editor = vscodePayload();
  setValueAt(editor, 'readability.maxParagraphWords', 120);
  setValueAt(editor, 'rules', { 'passive-voice': 'off' });
  const s = resolveSettings({ project: { readability: { maxParagraphWords: 80, maxSentenceWords: 25 }, rules: { 'min-words': 'off' } }, editor });
  assert.equal(s.readability.maxParagraphWords, 120);
  assert.equal(s.readability.maxSentenceWords, 25, 'the other keys of the section stay the project file’s');
  assert.deepEqual(s.rules, { 'min-words': 'off', 'passive-voice': 'off' });
  assert.equal(resolveSettings({ editor, fallbackLocale: 'en' }).locale, 'en', '`auto` follows the client');
  assert.equal(resolveSettings({ project: { locale: 'fr' }, editor, fallbackLocale: 'en' }).locale, 'fr');
  assert.equal(resolveSettings({ project: { locale: 'fr' }, editor, locale: 'en' }).locale, 'en', '--locale wins');
});

