import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..', '..');
const read = (path: string) => JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8'));

/** User settings a project file may not hold: the client's own, turning the assistant on and naming the key's variable. */
const USER_ONLY = ['plume.trace.server', 'plume.notebooks.enabled', 'plume.assistant.provider', 'plume.assistant.apiKeyEnv'];

test('schemas/plumerc.schema.json has every plume.* setting (but the trace and the user-only ones) under the same key, and VS Code validates the file with it', () => {
  const pkg = read('package.json');
  const schema = read('schemas/plumerc.schema.json');
  const settings = Object.keys(pkg.contributes.configuration.properties as Record<string, unknown>)
    .filter((k) => !USER_ONLY.includes(k))
    .map((k) => k.slice('plume.'.length))
    .sort();
  // Nested objects stand for dotted keys (frontMatter.titleFields); every leaf is a setting.
  type Node = { type?: string; default?: unknown; additionalProperties?: unknown; properties?: Record<string, Node> };
  const leaves: [string, Node][] = [];
  const walk = (node: Node, prefix: string): void => {
    for (const [k, child] of Object.entries(node.properties ?? {})) {
      if (k === '$schema') continue;
      // A closed object is a section (frontMatter); an open one (rules) is a setting of its own.
      if (child.type === 'object' && child.additionalProperties === false && child.properties) walk(child, `${prefix}${k}.`);
      else leaves.push([`${prefix}${k}`, child]);
    }
  };
  walk(schema, '');
  assert.deepEqual(leaves.map(([k]) => k).sort(), settings);
  for (const [key, node] of leaves) assert.deepEqual(node.default, pkg.contributes.configuration.properties[`plume.${key}`].default, key);
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.plumerc.json', url: './schemas/plumerc.schema.json' }]);
});
