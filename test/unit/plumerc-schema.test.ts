import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..', '..');
const read = (path: string) => JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8'));

test('schemas/plumerc.schema.json has every plume.* setting (but the trace) under the same key, and VS Code validates the file with it', () => {
  const pkg = read('package.json');
  const schema = read('schemas/plumerc.schema.json');
  const settings = Object.keys(pkg.contributes.configuration.properties as Record<string, unknown>)
    .filter((k) => k !== 'plume.trace.server')
    .map((k) => k.slice('plume.'.length))
    .sort();
  const top = Object.keys(schema.properties).filter((k) => k !== '$schema' && k !== 'frontMatter');
  const fm = Object.keys(schema.properties.frontMatter.properties).map((k) => `frontMatter.${k}`);
  assert.deepEqual([...top, ...fm].sort(), settings);
  for (const key of top) assert.deepEqual(schema.properties[key].default, pkg.contributes.configuration.properties[`plume.${key}`].default, key);
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.plumerc.json', url: './schemas/plumerc.schema.json' }]);
});
