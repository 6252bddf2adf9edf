import type { Locale } from '../base/i18n';
import type { Severity } from '../base/finding';
import { isRecord, setValueAt, valueAt } from './settingPaths';
import { SETTING_SPECS, type SettingSpec } from './settingsSchema';

export type SeveritySetting = Severity | 'off';

/** The no-break space French typography puts before `; : ! ? »` and after `«`; `off` disables the check. */
export type TypographySpace = 'narrow' | 'regular' | 'off';
/** Which apostrophe the writer prefers in words (« l’expertise »); `off` disables the check. */
export type TypographyApostrophe = 'typographic' | 'straight' | 'off';

export interface TypographySettings {
  readonly space: TypographySpace;
  readonly apostrophe: TypographyApostrophe;
}

export interface FrontMatterSettings {
  readonly titleFields: readonly string[];
  readonly descriptionField: string;
  readonly keyphraseFields: readonly string[];
}

/** `plume.keyphrase.*`: the focus keyphrase rules. Shares and densities are percentages. */
export interface KeyphraseSettings {
  readonly maxContentWords: number;
  readonly minDensity: number;
  readonly maxDensity: number;
  readonly minSubheadingShare: number;
  readonly maxSubheadingShare: number;
}

/** `plume.serp.*`: widths on the results page, in pixels. */
export interface SerpSettings {
  readonly titleMinPx: number;
  readonly titleMaxPx: number;
  readonly descriptionMaxPx: number;
}

/** `plume.readability.*`: French readability. Shares are percentages. */
export interface ReadabilitySettings {
  readonly maxSentenceWords: number;
  readonly maxLongSentenceShare: number;
  readonly minScore: number;
  readonly minTransitionShare: number;
  readonly minWordsForTransitions: number;
  readonly maxPassiveShare: number;
  readonly sameStartRun: number;
  readonly maxParagraphWords: number;
}

/** `noun`: a noun phrase (« Gestion de la dette »); `question`: a question when the section answers one. */
export type SubheadingForm = 'noun' | 'question';
/** `plume.assistant.*`: the optional writing assistant (off unless the writer picks a provider). */
export type AssistantProvider = 'off' | 'vscode' | 'openai-compatible';

export interface AssistantSettings {
  readonly provider: AssistantProvider;
  /** The model's name: an Ollama tag, an OpenAI model id, or a VS Code model id or family. */
  readonly model: string;
  /** The base URL of an OpenAI-compatible server; requests go to `{endpoint}/chat/completions`. */
  readonly endpoint: string;
  /** The name of the environment variable that holds the API key (never the key itself). */
  readonly apiKeyEnv: string;
  /** A request that takes longer is abandoned. */
  readonly timeoutSeconds: number;
}

/** Everything the analysis reads; the adapters fill it from `plume.*` settings. */
export interface Settings {
  readonly locale: Locale;
  readonly minWords: number;
  readonly maxWordsPerSection: number;
  /** The form of the headings « insert subheadings » writes by default; the other is offered beside it. */
  readonly subheadingForm: SubheadingForm;
  /** Per-rule severity overrides keyed by rule id. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly frontMatter: FrontMatterSettings;
  readonly typography: TypographySettings;
  readonly keyphrase: KeyphraseSettings;
  readonly serp: SerpSettings;
  readonly readability: ReadabilitySettings;
  readonly assistant: AssistantSettings;
  /** Beyond this many UTF-16 units only the first part is analysed (keeps the server responsive). */
  readonly maxDocumentSize: number;
  /** Words the writer accepts: not flagged by spelling nor as anglicisms (the workspace dictionary). */
  readonly words: readonly string[];
  /** Whether whole-article findings (no keyphrase, no link…) also appear in the editor, as information. */
  readonly articleFindingsInEditor: boolean;
}

/**
 * The value of a setting if `value` is valid for its spec, else undefined: numbers in their bounds
 * (integers rounded down), strings trimmed and non-empty (or one of the enum), lists of non-empty
 * strings without repeats, severities per rule id.
 */
function validValue(spec: SettingSpec, value: unknown): unknown {
  const schema = spec.schema;
  switch (schema.type) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      const n = schema.type === 'integer' ? Math.floor(value) : value;
      return n >= schema.minimum && n <= (schema.maximum ?? Number.POSITIVE_INFINITY) ? n : undefined;
    }
    case 'string':
      if (typeof value !== 'string') return undefined;
      if (schema.enum) return schema.enum.includes(value) ? value : undefined;
      if (value.trim() === '') return undefined;
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value.trim())) return undefined;
      return spec.clean ? spec.clean(value.trim()) : value.trim();
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'array': {
      if (!Array.isArray(value)) return undefined;
      const list = [...new Set(value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()))];
      return list.length > 0 ? list : undefined;
    }
    case 'object': {
      if (!isRecord(value)) return undefined;
      const out: Record<string, string> = {};
      for (const [id, v] of Object.entries(value)) if (typeof v === 'string' && schema.additionalProperties.enum.includes(v)) out[id] = v;
      return out;
    }
  }
}

/**
 * Builds settings from untrusted input (a `plume` configuration section, a JSON file): unknown keys
 * are ignored and every invalid value falls back to its default, so bad settings never break
 * analysis. `locale` `auto` (or none) takes `locale`, the client's or the environment's language.
 */
export function normalizeSettings(input: unknown, locale?: Locale): Settings {
  const out: Record<string, unknown> = {};
  for (const spec of SETTING_SPECS) {
    if (spec.clientOnly) continue;
    setValueAt(out, spec.key, validValue(spec, valueAt(input, spec.key)) ?? spec.default);
  }
  out.locale = out.locale === 'fr' || out.locale === 'en' ? out.locale : (locale ?? 'fr');
  return out as unknown as Settings;
}

export const DEFAULT_SETTINGS: Settings = normalizeSettings({});

