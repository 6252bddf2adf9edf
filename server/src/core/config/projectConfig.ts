// The project file `.plumerc.json` and how it combines with the editor's `plume.*` settings.
// Pure: the adapters find and read the file (server/src/platform/projectConfigFiles.ts).

export const PROJECT_CONFIG_NAME = '.plumerc.json';

/** The defaults of the `plume.*` settings as the editor reports them (package.json `contributes.configuration`). */
export const EDITOR_DEFAULTS: Readonly<Record<string, unknown>> = {
  minWords: 700,
  maxWordsPerSection: 300,
  rules: {},
  locale: 'auto',
  frontMatter: { titleFields: ['title'], descriptionField: 'description', descriptionFields: ['description'], keyphraseFields: ['keyphrase', 'keywords'] },
  headingOffset: 0,
  slugStyle: 'auto',
  descriptionFromExcerpt: false,
  assistant: { provider: 'off', model: '', endpoint: '', apiKeyEnv: '', timeoutSeconds: 60 },
};

/**
 * What a project file may say about the assistant: where the shared server is and which model. Turning
 * the assistant on and naming the key's variable stay the writer's own settings, so that a cloned
 * repository cannot make Plume send an article, or a key, anywhere.
 */
const PROJECT_ASSISTANT_KEYS = ['endpoint', 'model', 'timeoutSeconds'];

export type ProjectConfigResult =
  | { readonly ok: true; readonly config: Record<string, unknown> }
  | { readonly ok: false; readonly message: string; readonly line: number; readonly column: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
  // Accept `plume.`-prefixed keys too, as someone may paste them from settings.json.
  const config: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$schema') continue;
    const bare = key.startsWith('plume.') ? key.slice('plume.'.length) : key;
    if (bare.startsWith('frontMatter.')) {
      const fm = isRecord(config.frontMatter) ? config.frontMatter : {};
      config.frontMatter = { ...fm, [bare.slice('frontMatter.'.length)]: v };
    } else if (bare === 'assistant' || bare.startsWith('assistant.')) {
      const entries = bare === 'assistant' ? (isRecord(v) ? Object.entries(v) : []) : [[bare.slice('assistant.'.length), v] as const];
      const assistant = isRecord(config.assistant) ? { ...config.assistant } : {};
      for (const [k, x] of entries) if (PROJECT_ASSISTANT_KEYS.includes(k)) assistant[k] = x;
      config.assistant = assistant;
    } else if (bare === 'frontMatter' && isRecord(v)) {
      config.frontMatter = { ...(isRecord(config.frontMatter) ? config.frontMatter : {}), ...v };
    } else {
      config[bare] = v;
    }
  }
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
 * editor value equal to the default never overrides the project file. `rules` merge per rule id and
 * `frontMatter` per field, so a rule set in the editor does not drop the file's other rules.
 */
export function mergeConfig(project: Record<string, unknown> | undefined, editor: unknown): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(project ?? {}) };
  if (!isRecord(editor)) return merged;
  for (const [key, value] of Object.entries(editor)) {
    if (value === undefined || value === null) continue;
    if (key === 'rules' && isRecord(value)) {
      merged.rules = { ...(isRecord(merged.rules) ? merged.rules : {}), ...value };
    } else if ((key === 'frontMatter' || key === 'assistant') && isRecord(value)) {
      const defaults = EDITOR_DEFAULTS[key] as Record<string, unknown>;
      const section: Record<string, unknown> = { ...(isRecord(merged[key]) ? merged[key] : {}) };
      for (const [field, v] of Object.entries(value)) if (v !== undefined && !sameValue(v, defaults[field])) section[field] = v;
      // A single description field set in the editor wins over a list from below.
      if (key === 'frontMatter' && value.descriptionField !== undefined && !sameValue(value.descriptionField, defaults.descriptionField) && !('descriptionFields' in value && !sameValue(value.descriptionFields, defaults.descriptionFields))) delete section.descriptionFields;
      merged[key] = section;
    } else if (key in EDITOR_DEFAULTS ? !sameValue(value, EDITOR_DEFAULTS[key]) : true) {
      merged[key] = value;
    }
  }
  return merged;
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
