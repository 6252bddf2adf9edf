import { localeFrom, type Locale } from '../base/i18n';
import type { Severity } from '../base/finding';

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
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'fr',
  minWords: 700,
  maxWordsPerSection: 300,
  rules: {},
  frontMatter: {
    titleFields: ['title'],
    descriptionField: 'description',
    descriptionFields: ['description'],
    keyphraseFields: ['keyphrase', 'keywords'],
  },
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
  maxDocumentSize: 500_000,
};

const SLUG_STYLES: readonly SlugStyle[] = ['auto', 'github', 'kramdown', 'markdown-it', 'mkdocs'];

/** The level a body heading renders at on the site (`headingOffset` added, at most 6). */
export function renderedLevel(level: number, settings: Pick<Settings, 'headingOffset'>): number {
  return Math.min(6, level + settings.headingOffset);
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

function positiveInt(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

function numberIn(value: unknown, fallback: number, min = 0, max = Number.POSITIVE_INFINITY): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

/** Reads every numeric key of `defaults` from `raw` (a settings section), each falling back alone. */
function numbers<T extends object>(raw: unknown, defaults: T, limits: Partial<Record<keyof T, [number, number]>> = {}): T {
  const section = isRecord(raw) ? raw : {};
  const out: Record<string, number> = {};
  for (const [key, def] of Object.entries(defaults) as [string, number][]) {
    const [min, max] = limits[key as keyof T] ?? [0, Number.POSITIVE_INFINITY];
    out[key] = numberIn(section[key], def, min, max);
  }
  return out as T;
}

function stringList(value: unknown, fallback: readonly string[]): readonly string[] {
  if (!Array.isArray(value)) return fallback;
  const list = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  return list.length > 0 ? list : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds settings from untrusted input (a `plume` configuration section, a JSON file): unknown keys
 * are ignored and every invalid value falls back to its default, so bad settings never break analysis.
 */
export function normalizeSettings(input: unknown, locale?: Locale): Settings {
  const raw = isRecord(input) ? input : {};
  const fm = isRecord(raw.frontMatter) ? raw.frontMatter : {};
  const rules: Record<string, SeveritySetting> = {};
  if (isRecord(raw.rules)) {
    for (const [id, sev] of Object.entries(raw.rules)) {
      if (isSeveritySetting(sev)) rules[id] = sev;
    }
  }
  const d = DEFAULT_SETTINGS;
  const typo = isRecord(raw.typography) ? raw.typography : {};
  return {
    locale: raw.locale === 'fr' || raw.locale === 'en' ? raw.locale : (locale ?? d.locale),
    minWords: positiveInt(raw.minWords, d.minWords),
    maxWordsPerSection: Math.max(1, positiveInt(raw.maxWordsPerSection, d.maxWordsPerSection)),
    rules,
    frontMatter: descriptionFieldsOf(fm, d.frontMatter),
    typography: {
      space: typo.space === 'narrow' || typo.space === 'regular' || typo.space === 'off' ? typo.space : d.typography.space,
      apostrophe:
        typo.apostrophe === 'typographic' || typo.apostrophe === 'straight' || typo.apostrophe === 'off' ? typo.apostrophe : d.typography.apostrophe,
    },
    keyphrase: numbers(raw.keyphrase, d.keyphrase, {
      maxContentWords: [1, 50],
      minDensity: [0, 100],
      maxDensity: [0, 100],
      minSubheadingShare: [0, 100],
      maxSubheadingShare: [0, 100],
    }),
    serp: numbers(raw.serp, d.serp),
    readability: numbers(raw.readability, d.readability, {
      maxLongSentenceShare: [0, 100],
      minTransitionShare: [0, 100],
      maxPassiveShare: [0, 100],
      sameStartRun: [2, 100],
      minScore: [-1000, 1000],
      maxSentenceWords: [1, 1000],
      maxParagraphWords: [1, 100000],
    }),
    headingOffset: Math.min(5, positiveInt(raw.headingOffset, d.headingOffset)),
    slugStyle: (SLUG_STYLES as readonly unknown[]).includes(raw.slugStyle) ? (raw.slugStyle as SlugStyle) : d.slugStyle,
    descriptionFromExcerpt: typeof raw.descriptionFromExcerpt === 'boolean' ? raw.descriptionFromExcerpt : d.descriptionFromExcerpt,
    assistant: assistantSettings(raw.assistant),
    maxDocumentSize: Math.max(1000, positiveInt(raw.maxDocumentSize, d.maxDocumentSize)),
  };
}

/**
 * `descriptionFields` (a list) wins over the older single `descriptionField`, which then names the
 * first entry; either alone gives both.
 */
function descriptionFieldsOf(fm: Record<string, unknown>, d: FrontMatterSettings): FrontMatterSettings {
  const single = typeof fm.descriptionField === 'string' && fm.descriptionField.trim() !== '' ? fm.descriptionField.trim() : undefined;
  const list = stringList(fm.descriptionFields, single ? [single] : d.descriptionFields);
  return {
    titleFields: stringList(fm.titleFields, d.titleFields),
    descriptionField: list[0],
    descriptionFields: list,
    keyphraseFields: stringList(fm.keyphraseFields, d.keyphraseFields),
  };
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.trim() : fallback;
}

function assistantSettings(input: unknown): AssistantSettings {
  const raw = isRecord(input) ? input : {};
  const d = DEFAULT_SETTINGS.assistant;
  const provider = raw.provider === 'vscode' || raw.provider === 'openai-compatible' ? raw.provider : 'off';
  const apiKeyEnv = text(raw.apiKeyEnv, d.apiKeyEnv);
  return {
    provider,
    model: text(raw.model, d.model),
    endpoint: text(raw.endpoint, d.endpoint).replace(/\/+$/, ''),
    // A variable name only: anything else (a pasted key) is ignored rather than sent.
    apiKeyEnv: /^[A-Za-z_][A-Za-z0-9_]*$/.test(apiKeyEnv) ? apiKeyEnv : '',
    timeoutSeconds: numberIn(raw.timeoutSeconds, d.timeoutSeconds, 1, 3600),
  };
}

export { localeFrom };
