import { localeFrom, type Locale } from './i18n';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
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

/** Everything the analysis reads; the adapters fill it from `plume.*` settings. */
export interface Settings {
  readonly locale: Locale;
  readonly minWords: number;
  readonly maxWordsPerSection: number;
  /** Per-rule severity overrides keyed by rule id. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly frontMatter: FrontMatterSettings;
  readonly typography: TypographySettings;
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'fr',
  minWords: 700,
  maxWordsPerSection: 300,
  rules: {},
  frontMatter: {
    titleFields: ['title'],
    descriptionField: 'description',
    keyphraseFields: ['keyphrase', 'keywords'],
  },
  typography: { space: 'narrow', apostrophe: 'typographic' },
};

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

function positiveInt(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
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
    frontMatter: {
      titleFields: stringList(fm.titleFields, d.frontMatter.titleFields),
      descriptionField:
        typeof fm.descriptionField === 'string' && fm.descriptionField.trim() !== ''
          ? fm.descriptionField.trim()
          : d.frontMatter.descriptionField,
      keyphraseFields: stringList(fm.keyphraseFields, d.frontMatter.keyphraseFields),
    },
    typography: {
      space: typo.space === 'narrow' || typo.space === 'regular' || typo.space === 'off' ? typo.space : d.typography.space,
      apostrophe:
        typo.apostrophe === 'typographic' || typo.apostrophe === 'straight' || typo.apostrophe === 'off' ? typo.apostrophe : d.typography.apostrophe,
    },
  };
}

export { localeFrom };
