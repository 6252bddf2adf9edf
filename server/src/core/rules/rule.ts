import type { Steps } from '../base/steps';
import type { Article } from '../article/model';
import type { Span } from '../base/span';
import { articleAnchorOffset } from '../article/anchor';
import type { Locale, Localized } from '../base/i18n';
import type { FindingData, FindingOf, RuleFinding } from '../base/finding';
import type { Settings } from '../config/settings';
import type { Severity } from '../base/finding';

export type RuleCategory = 'structure' | 'keyphrase' | 'readability' | 'typography' | 'language';

/** What users see of a rule: its id is the diagnostic code, the settings key and the docs anchor. */
export interface RuleMeta<Id extends string = string> {
  readonly id: Id;
  readonly name: Localized;
  /** One paragraph: what it checks and why. */
  readonly description: Localized;
  readonly defaultSeverity: Severity;
  /**
   * How much the rule weighs in the score (1 when unset). Problems a reader or a search engine sees
   * first weigh 3 (no title, foreign text, too short, no keyphrase or not in the title), structural
   * and readability problems 2, refinements 1.
   */
  readonly weight?: number;
  readonly category: RuleCategory;
  /** The `plume.*` settings the rule reads (keys without the `plume.` prefix), for the docs. */
  readonly options?: readonly string[];
}

export interface RuleContext {
  readonly article: Article;
  readonly settings: Settings;
  readonly locale: Locale;
  /** The file name, when the document has one (used by rules that read it, like the slug). */
  readonly fileName?: string;
}

/** Figures a rule measures (density, score, share…), shown by `plume stats` and report panels. */
export type RuleMetrics = Readonly<Record<string, number>>;

export interface Rule<Data extends FindingData = FindingData, Id extends string = string> {
  readonly meta: RuleMeta<Id>;
  check(context: RuleContext): readonly RuleFinding<Data>[];
  /**
   * Work `check` then finds done, run first in slices (the language server answers requests between
   * them): for a shared scan too long for one slice on a book (typography).
   */
  prepare?(context: RuleContext): Steps<void>;
  /** The rule's figures for this article, or undefined when it does not apply (no keyphrase…). */
  metrics?(context: RuleContext): RuleMetrics | undefined;
}

/**
 * The rule whose findings are `F`: its id is F's and its findings carry F's data, so that the
 * actions that import the type `F` (never the rule) read typed data.
 */
export type RuleOf<F extends FindingOf<string, FindingData>> = Rule<F['data'], F['ruleId']>;

/**
 * Picks the message in the context's language. French messages get French typography: a no-break
 * space before « : ; ! ? » and inside « », whatever the source wrote (never a line break there).
 */
export function say(context: RuleContext, text: Localized): string {
  return context.locale === 'fr' ? frenchSpaces(text.fr) : text[context.locale];
}

/** Plain spaces before `: ; ! ? »` and after `«` become no-break spaces (U+00A0). */
export function frenchSpaces(message: string): string {
  return message.replace(/ (?=[:;!?»])/g, '\u00a0').replace(/« /g, '«\u00a0');
}

/** The span of the first line of `span` (a diagnostic on a long block should not paint all of it). */
export function firstLine(article: Article, span: Span): Span {
  const nl = article.text.indexOf('\n', span.start);
  let end = nl === -1 || nl > span.end ? span.end : nl;
  if (end > span.start && article.text.charCodeAt(end - 1) === 13) end--;
  return { start: span.start, end: Math.max(end, span.start) };
}

/**
 * Where to report a whole-article finding: an empty span at the start of the title (or of the body).
 * The report and the status bar show such findings; the editor leaves them out unless asked.
 */
export function articleAnchor(article: Article): Span {
  const at = articleAnchorOffset(article);
  return { start: at, end: at };
}
