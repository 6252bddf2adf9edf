import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeConfig, parseProjectConfig } from './projectConfig';
import { normalizeSettings } from './settings';

test('the project file applies where the editor keeps its defaults', () => {
  const file = parseProjectConfig('{"minWords": 800, "rules": {"subheadings": "off"}, "frontMatter": {"descriptionField": "summary"}}');
  assert.ok(file.ok);
  const editorDefaults = { minWords: 700, maxWordsPerSection: 300, rules: {}, locale: 'auto', frontMatter: { titleFields: ['title'], descriptionField: 'description', keyphraseFields: ['keyphrase', 'keywords'] } };
  const s = normalizeSettings(mergeConfig(file.config, editorDefaults));
  assert.equal(s.minWords, 800);
  assert.deepEqual(s.rules, { subheadings: 'off' });
  assert.equal(s.frontMatter.descriptionField, 'summary');
});

test('editor values that differ from the defaults override per key, rules per rule id', () => {
  const file = parseProjectConfig('{"minWords": 800, "maxWordsPerSection": 250, "rules": {"subheadings": "off", "min-words": "error"}}');
  assert.ok(file.ok);
  const merged = mergeConfig(file.config, { minWords: 1000, maxWordsPerSection: 300, rules: { subheadings: 'warning' }, locale: 'en' });
  assert.deepEqual(merged, { minWords: 1000, maxWordsPerSection: 250, rules: { subheadings: 'warning', 'min-words': 'error' }, locale: 'en' });
});

test('prefixed and dotted keys as pasted from settings.json are understood; $schema is ignored', () => {
  const file = parseProjectConfig('{"$schema": "x", "plume.minWords": 900, "plume.frontMatter.keyphraseFields": ["tags"]}');
  assert.ok(file.ok);
  assert.deepEqual(file.config, { minWords: 900, frontMatter: { keyphraseFields: ['tags'] } });
});

test('invalid JSON gives a message with line and column, never a throw', () => {
  const r = parseProjectConfig('{\n  "minWords": 800,\n  oops\n}');
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.line, 3);
    assert.equal(r.column, 3);
    assert.match(r.message, /JSON/);
  }
  const notObject = parseProjectConfig('[1]');
  assert.equal(notObject.ok, false);
});

test('any dotted key is nested, as pasted from settings.json', () => {
  const file = parseProjectConfig('{"plume.readability.maxParagraphWords": 90, "readability": {"minScore": 40}, "typography.space": "off"}');
  assert.ok(file.ok);
  assert.deepEqual(file.config, { readability: { maxParagraphWords: 90, minScore: 40 }, typography: { space: 'off' } });
});

test('assistant: a project file gives the endpoint and the model, never the provider or the key variable', () => {
  const parsed = parseProjectConfig(JSON.stringify({ assistant: { provider: 'openai-compatible', endpoint: 'http://127.0.0.1:11434/v1/', model: 'llama3.2', apiKeyEnv: 'AWS_SECRET_ACCESS_KEY' }, 'assistant.provider': 'vscode' }));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.config.assistant, { endpoint: 'http://127.0.0.1:11434/v1/', model: 'llama3.2' });
  // The editor's section carries every assistant key; only those that differ from the defaults override.
  const editor = { assistant: { provider: 'openai-compatible', model: '', endpoint: '', apiKeyEnv: 'OLLAMA_KEY', timeoutSeconds: 60 } };
  const settings = normalizeSettings(mergeConfig(parsed.config, editor));
  assert.deepEqual(settings.assistant, { provider: 'openai-compatible', model: 'llama3.2', endpoint: 'http://127.0.0.1:11434/v1', apiKeyEnv: 'OLLAMA_KEY', timeoutSeconds: 60 });
  assert.equal(normalizeSettings(mergeConfig(parsed.config, {})).assistant.provider, 'off');
});

test('assistant settings: off by default, a pasted key is not a variable name, bounds on the time-out', () => {
  assert.deepEqual(normalizeSettings({}).assistant, { provider: 'off', model: '', endpoint: '', apiKeyEnv: '', timeoutSeconds: 60 });
  const s = normalizeSettings({ assistant: { provider: 'cloud', apiKeyEnv: 'sk-proj-abc123 ', timeoutSeconds: 0 } }).assistant;
  assert.deepEqual(s, { provider: 'off', model: '', endpoint: '', apiKeyEnv: '', timeoutSeconds: 60 });
});
