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
  /** The field Plume writes a generated description into: the first of `descriptionFields`. */
  readonly descriptionField: string;
  /** Fields that serve as the meta description, in order: the first one that holds text is it. */
  readonly descriptionFields: readonly string[];
  readonly keyphraseFields: readonly string[];
}

/** How the site's generator makes a heading's anchor (`#…`): see core/article/anchors.ts. */
export type SlugStyle = 'auto' | 'github' | 'kramdown' | 'markdown-it' | 'mkdocs';

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
  /**
   * Levels the site adds to body headings when it renders them (an Eleventy markdown-it option can
   * make a body `#` an H2): rules judge headings at their rendered level. 0 to 5.
   */
  readonly headingOffset: number;
  /** The site's anchor rules for in-page links (`auto`: any of the known ones). */
  readonly slugStyle: SlugStyle;
  /**
   * The generator builds a description from the first paragraph when the front matter has none
   * (Jekyll's excerpt read by jekyll-seo-tag, Hugo's summary, Docusaurus): no missing description then.
   */
  readonly descriptionFromExcerpt: boolean;
  readonly assistant: AssistantSettings;
  /** Beyond this many UTF-16 units only the first part is analysed (keeps the server responsive). */
  readonly maxDocumentSize: number;
  /** At most this many diagnostics published for one file, the most severe first (0: no limit). */
  readonly maxDiagnostics: number;
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
  descriptionFieldsOf(input, out);
  return out as unknown as Settings;
}

/**
 * `frontMatter.descriptionFields` (a list) wins over the older single `descriptionField`, which then
 * names its first entry; `descriptionField` alone gives a list of one.
 */
function descriptionFieldsOf(input: unknown, out: Record<string, unknown>): void {
  const spec = (key: string) => SETTING_SPECS.find((s) => s.key === key) as SettingSpec;
  const list = validValue(spec('frontMatter.descriptionFields'), valueAt(input, 'frontMatter.descriptionFields')) as string[] | undefined;
  const single = validValue(spec('frontMatter.descriptionField'), valueAt(input, 'frontMatter.descriptionField')) as string | undefined;
  const fields = list ?? (single !== undefined ? [single] : (spec('frontMatter.descriptionFields').default as string[]));
  setValueAt(out, 'frontMatter.descriptionFields', fields);
  setValueAt(out, 'frontMatter.descriptionField', fields[0]);
}

/** The level a body heading renders at on the site (`headingOffset` added, at most 6). */
export function renderedLevel(level: number, settings: Pick<Settings, 'headingOffset'>): number {
  return Math.min(6, level + settings.headingOffset);
}

export const DEFAULT_SETTINGS: Settings = normalizeSettings({});

