// The project file `.plumerc.json` and how it combines with the editor's `plume.*` settings.
// Pure: the adapters find and read the file (server/src/platform/projectConfigFiles.ts).

import { isRecord, setValueAt, valueAt } from './settingPaths';
import { SETTING_SPECS } from './settingsSchema';

export const PROJECT_CONFIG_NAME = '.plumerc.json';

/**
 * The `plume` section as the editor sends it when the writer has set nothing: every setting at its
 * default, nested by its dots (VS Code's workspace/configuration answer for package.json's contributions).
 */
export const EDITOR_DEFAULTS: Readonly<Record<string, unknown>> = (() => {
  const section: Record<string, unknown> = {};
  for (const spec of SETTING_SPECS) setValueAt(section, spec.key, spec.default);
  return section;
})();

/**
 * What a project file may not say (`userOnly` in the table): turning the assistant on and naming the
 * key's variable stay the writer's own settings, so that a cloned repository cannot make Plume send
 * an article, or a key, anywhere.
 */
const USER_ONLY = SETTING_SPECS.filter((s) => s.userOnly).map((s) => s.key);

/** Removes a dotted key from a nested object, if there. */
function dropKey(root: Record<string, unknown>, key: string): void {
  const parts = key.split('.');
  const parent = valueAt(root, parts.slice(0, -1).join('.'));
  if (isRecord(parent)) delete parent[parts[parts.length - 1]];
}

export type ProjectConfigResult =
  | { readonly ok: true; readonly config: Record<string, unknown> }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

/** Parses the project file; a syntax error gives a message with a 1-based line and column, never a throw. */
export function parseProjectConfig(text: string): ProjectConfigResult {
  // Comments are allowed (`plume init` writes them); blanked, so positions stay those of the file.
  const source = withoutComments(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Math.min(Number(at[1]), source.length) : source.length;
    const before = source.slice(0, offset).split('\n');
    return { ok: false, message: message.replace(/^JSON\.parse: /, ''), line: before.length, column: before[before.length - 1].length + 1 };
  }
  if (!isRecord(value)) return { ok: false, message: 'the file must hold a JSON object, like {"minWords": 800}', line: 1, column: 1 };
  // Accept `plume.`-prefixed and dotted keys too, as someone may paste them from settings.json.
  const config: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$schema') continue;
    const bare = key.startsWith('plume.') ? key.slice('plume.'.length) : key;
    const current = valueAt(config, bare);
    setValueAt(config, bare, isRecord(current) && isRecord(v) ? { ...current, ...v } : v);
  }
  for (const key of USER_ONLY) dropKey(config, key);
  return { ok: true, config };
}

/**
 * `over` laid on `base` (the site's detected conventions under the project file): `rules` merge per
 * rule id and `frontMatter` per field. A single `descriptionField` set above drops a detected list.
 */
export function overlayConfig(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base, ...over };
  if (isRecord(base.rules) || isRecord(over.rules)) out.rules = { ...(isRecord(base.rules) ? base.rules : {}), ...(isRecord(over.rules) ? over.rules : {}) };
  if (isRecord(base.frontMatter) || isRecord(over.frontMatter)) {
    const lower = { ...(isRecord(base.frontMatter) ? base.frontMatter : {}) };
    const upper = isRecord(over.frontMatter) ? over.frontMatter : {};
    if ('descriptionField' in upper && !('descriptionFields' in upper)) delete lower.descriptionFields;
    out.frontMatter = { ...lower, ...upper };
  }
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The settings in force: the project file's values, then every editor value that differs from its
 * default. The protocol does not say whether a value was set by the user or is the default, so an
 * editor value equal to the default never overrides the project file. `rules` merge per rule id, so
 * a rule set in the editor does not drop the file's other rules; `words` (the workspace dictionary)
 * add up. Keys outside the specification are
 * the project file's alone.
 */
export function mergeConfig(project: Record<string, unknown> | undefined, editor: unknown): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(project ?? {}) };
  if (!isRecord(editor)) return merged;
  for (const spec of SETTING_SPECS) {
    const value = valueAt(editor, spec.key);
    if (value === undefined || value === null) continue;
    if (spec.key === 'words' && Array.isArray(value)) {
      // The workspace dictionary: the file's words and the editor's add up.
      const own = valueAt(merged, 'words');
      setValueAt(merged, 'words', [...new Set([...(Array.isArray(own) ? (own as unknown[]) : []), ...(value as unknown[])])]);
    } else if (spec.key === 'rules' && isRecord(value)) {
      const own = valueAt(merged, 'rules');
      setValueAt(merged, 'rules', { ...(isRecord(own) ? own : {}), ...value });
    } else if (!sameValue(value, spec.default)) {
      setValueAt(merged, spec.key, value);
    }
  }
  // A single description field set in the editor wins over a list from below.
  const single = valueAt(editor, 'frontMatter.descriptionField');
  const list = valueAt(editor, 'frontMatter.descriptionFields');
  const fieldsDefault = SETTING_SPECS.find((s) => s.key === 'frontMatter.descriptionFields')?.default;
  const singleDefault = SETTING_SPECS.find((s) => s.key === 'frontMatter.descriptionField')?.default;
  if (single !== undefined && !sameValue(single, singleDefault) && (list === undefined || sameValue(list, fieldsDefault))) dropKey(merged, 'frontMatter.descriptionFields');
  return merged;
}

/**
 * The project file's text with `word` added to its `words` (the workspace dictionary that the
 * spelling and anglicism rules read, and so do the command line and every editor): the other keys
 * are kept in their order; `undefined` (no file yet) gives a new file. Undefined when the text is not
 * a JSON object (the writer must fix it first) or already has the word.
 */
export function addProjectWord(text: string | undefined, word: string): string | undefined {
  let value: Record<string, unknown> = {};
  if (text !== undefined && text.trim() !== '') {
    const parsed = parseProjectConfig(text);
    if (!parsed.ok) return undefined;
    // A commented file (as `plume init` writes it) is read without its comments, which the rewrite drops.
    value = JSON.parse(withoutComments(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)) as Record<string, unknown>;
  }
  const key = 'plume.words' in value && !('words' in value) ? 'plume.words' : 'words';
  const words = Array.isArray(value[key]) ? (value[key] as unknown[]).filter((w): w is string => typeof w === 'string') : [];
  if (words.includes(word)) return undefined;
  const next = { ...value, [key]: [...words, word].sort((a, b) => a.localeCompare(b, 'fr')) };
  const indent = /\n([ \t]+)"/.exec(text ?? '')?.[1] ?? '  ';
  return `${JSON.stringify(next, null, indent)}\n`;
}

/** `//` and `/* *\/` comments outside strings replaced by spaces (line breaks kept). */
export function withoutComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      let j = text.indexOf('\n', i);
      if (j === -1) j = text.length;
      out += ' '.repeat(j - i);
      i = j;
    } else if (c === '/' && text[i + 1] === '*') {
      let j = text.indexOf('*/', i + 2);
      j = j === -1 ? text.length : j + 2;
      out += text.slice(i, j).replace(/[^\n]/g, ' ');
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
