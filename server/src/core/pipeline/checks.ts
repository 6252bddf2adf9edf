// Each check's state for the writer's report and `plume stats`: passed, to review, failed, or not
// evaluated (with why), and the figure it measured. A check that did not run must not read as passed:
// without a keyphrase, « Expression clé dans le titre » says nothing about the title.
import type { Article } from '../article/model';
import type { Finding } from '../base/finding';
import { formatNumber, type Locale, type Localized } from '../base/i18n';
import type { Settings } from '../config/settings';
import { findTextField } from '../article/frontMatter';
import { RULES } from '../rules';
import type { Rule, RuleContext, RuleMetrics } from '../rules/rule';
import { serpFields } from '../seo/serpPreview';

export type CheckState = 'passed' | 'review' | 'failed' | 'not-evaluated';

export interface CheckFigure {
  readonly value: number;
  /** `%`, `px`, `words`, `links`, `images` or `points` (a readability score). */
  readonly unit: string;
  /** The figure as the report shows it, in the report's language (« 48,2 points », « 1,2 % »). */
  readonly text: string;
}

export interface CheckResult {
  readonly id: string;
  readonly state: CheckState;
  /** Why a check was not evaluated (« pas d’expression clé »). */
  readonly reason?: string;
  readonly figure?: CheckFigure;
  readonly findings: readonly Finding[];
}

const REASONS = {
  keyphrase: { fr: 'pas d’expression clé', en: 'no keyphrase' },
  title: { fr: 'pas de titre', en: 'no title' },
  description: { fr: 'pas de méta-description', en: 'no meta description' },
  subheadings: { fr: 'pas d’intertitre', en: 'no subheading' },
  short: { fr: 'article trop court', en: 'article too short' },
  images: { fr: 'pas d’image', en: 'no image' },
} satisfies Record<string, Localized>;

type Reason = keyof typeof REASONS;

const KEYPHRASE_CHECKS = new Set([
  'keyphrase-length',
  'keyphrase-in-title',
  'keyphrase-in-introduction',
  'keyphrase-in-description',
  'keyphrase-in-subheadings',
  'keyphrase-in-slug',
  'keyphrase-density',
]);
const TITLE_CHECKS = new Set(['title-length', 'title-language', 'keyphrase-in-title']);
const DESCRIPTION_CHECKS = new Set(['description-length', 'description-width', 'keyphrase-in-description']);
/** Checks that measure running text: with no figure and no finding, there was too little text. */
const TEXT_CHECKS = new Set(['readability', 'transition-words', 'passive-voice', 'sentence-length', 'consecutive-sentences']);
/** The subheadings rule asks for « ## » from this many words on (rules/subheadings.ts). */
const MIN_WORDS_FOR_SUBHEADINGS = 300;

/** What the checks' prerequisites read, found once per article. */
interface Prerequisites {
  readonly keyphrase: boolean;
  readonly title: boolean;
  readonly description: boolean;
  readonly subheadings: boolean;
}

function prerequisites(article: Article, settings: Settings): Prerequisites {
  const fields = serpFields(article, settings);
  return {
    keyphrase: !!findTextField(article.frontMatter, settings.frontMatter.keyphraseFields)?.text.trim(),
    title: !!article.title,
    description: !!fields.description && fields.description.source !== 'excerpt',
    subheadings: article.headings.some((h) => h.level === 2 || h.level === 3),
  };
}

/** Why `id` cannot be evaluated on this article, from what it needs (cheap: no rule runs). */
function missingPrerequisite(id: string, article: Article, settings: Settings, p: Prerequisites): Reason | undefined {
  if (KEYPHRASE_CHECKS.has(id) && !p.keyphrase) return 'keyphrase';
  if (TITLE_CHECKS.has(id) && !p.title) return 'title';
  if (DESCRIPTION_CHECKS.has(id) && !p.description) return 'description';
  if (id === 'keyphrase-in-subheadings' && !p.subheadings) return 'subheadings';
  if (id === 'subheadings' && !article.headings.some((h) => h.level === 2) && article.bodyWordCount <= MIN_WORDS_FOR_SUBHEADINGS) return 'short';
  if (id === 'transition-words' && article.bodyWordCount <= settings.readability.minWordsForTransitions) return 'short';
  if (TEXT_CHECKS.has(id) && article.bodyWordCount === 0) return 'short';
  if (id === 'image-alt' && article.images.length === 0) return 'images';
  return undefined;
}

function stateOf(findings: readonly Finding[]): CheckState {
  if (findings.length === 0) return 'passed';
  return findings.some((f) => f.severity === 'error') ? 'failed' : 'review';
}

const UNIT_TEXT: Readonly<Record<string, Localized>> = {
  px: { fr: 'px', en: 'px' },
  words: { fr: 'mots', en: 'words' },
  points: { fr: 'points', en: 'points' },
};

function figure(value: number, unit: string, locale: Locale, text?: string): CheckFigure {
  const n = formatNumber(value, locale);
  const shown = text ?? (unit === '%' ? `${n} %` : `${n} ${UNIT_TEXT[unit]?.[locale] ?? unit}`);
  return { value, unit, text: locale === 'fr' ? shown.replace(/ (%|px|mots|points)/, '\u00a0$1') : shown };
}

/** The checks whose figure is one of their rule's metrics, as is: the metric and its unit. */
const METRIC_FIGURES: Readonly<Record<string, readonly [metric: string, unit: string]>> = {
  readability: ['readability', 'points'],
  'keyphrase-density': ['density', '%'],
  'keyphrase-in-subheadings': ['subheadingShare', '%'],
  'passive-voice': ['passiveShare', '%'],
  'transition-words': ['transitionShare', '%'],
  'sentence-length': ['longSentenceShare', '%'],
  'title-length': ['titlePx', 'px'],
  'description-width': ['descriptionPx', 'px'],
};

/** The one figure a check shows, from its rule's metrics (undefined when it has none). */
function figureOf(id: string, m: RuleMetrics | undefined, article: Article, locale: Locale): CheckFigure | undefined {
  if (id === 'min-words') return figure(article.bodyWordCount, 'words', locale);
  if (!m) return undefined;
  const metric = METRIC_FIGURES[id];
  if (metric) {
    const value = m[metric[0]];
    return typeof value === 'number' ? figure(value, metric[1], locale) : undefined;
  }
  switch (id) {
    case 'links': {
      const internal = m.internalLinks ?? 0;
      const outbound = m.outboundLinks ?? 0;
      const text =
        locale === 'fr'
          ? `${formatNumber(internal, locale)} interne${internal > 1 ? 's' : ''}, ${formatNumber(outbound, locale)} sortant${outbound > 1 ? 's' : ''}`
          : `${formatNumber(internal, locale)} internal, ${formatNumber(outbound, locale)} outbound`;
      return figure(internal + outbound, 'links', locale, text);
    }
    case 'image-alt': {
      const images = m.images ?? 0;
      const without = m.imagesWithoutAlt ?? 0;
      const text = locale === 'fr' ? `${formatNumber(images - without, locale)} sur ${formatNumber(images, locale)}` : `${formatNumber(images - without, locale)} of ${formatNumber(images, locale)}`;
      return figure(images - without, 'images', locale, text);
    }
    default:
      return undefined;
  }
}

/** Whether the state of `id` needs its rule's metrics (the running-text checks read them to know they ran). */
function wantsMetrics(rule: Rule, withFigures: boolean): boolean {
  return !!rule.metrics && (withFigures || TEXT_CHECKS.has(rule.meta.id));
}

export interface EvaluateOptions {
  readonly fileName?: string;
  /** Compute each check's figure (the report, `plume stats`); the status bar's score needs none. */
  readonly figures?: boolean;
  readonly rules?: readonly Rule[];
}

/**
 * Every enabled check's state on this article, in the rules' order. A check with findings was
 * evaluated; a check without findings whose prerequisite is missing (no keyphrase, no title, too
 * little text) is `not-evaluated`, never `passed`.
 */
export function evaluateChecks(article: Article, findings: readonly Finding[], settings: Settings, options: EvaluateOptions = {}): CheckResult[] {
  const rules = options.rules ?? RULES;
  const locale = settings.locale;
  const p = prerequisites(article, settings);
  const context: RuleContext = { article, settings, locale, ...(options.fileName ? { fileName: options.fileName } : {}) };
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const results: CheckResult[] = [];
  for (const rule of rules) {
    const id = rule.meta.id;
    if (settings.rules[id] === 'off') continue;
    const own = byRule.get(id) ?? [];
    let metrics: RuleMetrics | undefined;
    if (wantsMetrics(rule, options.figures === true)) {
      try {
        metrics = rule.metrics!(context);
      } catch {
        metrics = undefined; // a rule's figures are informative: a failure loses them, never the report
      }
    }
    let reason: Reason | undefined = own.length === 0 ? missingPrerequisite(id, article, settings, p) : undefined;
    if (!reason && own.length === 0 && TEXT_CHECKS.has(id) && rule.metrics && metrics === undefined) reason = 'short';
    if (reason) {
      results.push({ id, state: 'not-evaluated', reason: REASONS[reason][locale], findings: own });
      continue;
    }
    const fig = options.figures ? figureOf(id, metrics, article, locale) : undefined;
    results.push({ id, state: stateOf(own), ...(fig ? { figure: fig } : {}), findings: own });
  }
  return results;
}

/** The ids of the checks that were not evaluated (the score leaves them out). */
export function notEvaluatedIds(results: readonly CheckResult[]): Set<string> {
  return new Set(results.filter((r) => r.state === 'not-evaluated').map((r) => r.id));
}
