import { parseArticleSteps, type PreviousParse, type TextChange } from '../article/parse';
import { runSteps, type Steps } from '../base/steps';
import type { Article } from '../article/model';
import type { Locale } from '../base/i18n';
import { cutPoint, PARTIAL_ID, partialFinding } from './partial';
import { RULES } from '../rules';
import type { Rule, RuleContext } from '../rules/rule';
import type { Settings } from '../config/settings';
import { buildSilencer } from '../article/silencing';
import type { Finding } from '../base/finding';

export interface AnalyzeOptions {
  readonly fileName?: string;
  /** Called when a rule throws: the rule's result is lost, never the analysis. */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
  readonly rules?: readonly Rule[];
  /** The previous analysis's article of the same document and the edits since: parsing reuses it. */
  readonly previous?: PreviousParse;
}

export interface Analysis {
  readonly article: Article;
  readonly findings: readonly Finding[];
}

/** The only entry the adapters call: parse once, run every enabled rule. */
export function analyze(text: string, settings: Settings, options: AnalyzeOptions = {}): Analysis {
  return runSteps(analysisSteps(text, settings, options));
}

/**
 * The same analysis in slices: the generator pauses within the parse and after each rule, so that a
 * caller on an event loop (the language server) can answer other messages in between, and drop the
 * analysis when the document has changed meanwhile. Driven to its end it returns what `analyze` does.
 */
export function* analysisSteps(text: string, settings: Settings, options: AnalyzeOptions = {}): Steps<Analysis> {
  // Beyond the size limit only the first part is analysed (offsets stay those of the whole text).
  const cut = cutPoint(text, settings.maxDocumentSize);
  const partial = cut < text.length;
  const previous = options.previous && withCuts(options.previous, text, cut);
  const article = yield* parseArticleSteps(partial ? text.slice(0, cut) : text, { titleFields: settings.frontMatter.titleFields }, previous);
  yield 'parse';
  const findings = yield* ruleSteps(article, settings, settings.locale, options);
  if (partial && settings.rules[PARTIAL_ID] !== 'off') {
    findings.push({ ...partialFinding(text, cut, settings.locale), ruleId: PARTIAL_ID, severity: settings.rules[PARTIAL_ID] ?? 'information' });
  }
  return { article, findings };
}

/**
 * The previous parse with its changes restated between the texts actually parsed: the edits were
 * recorded between whole documents, and a parse beyond the size limit holds only the first part. The
 * cut tail is put back as an insertion at the old cut, then removed as a deletion at the new one.
 */
function withCuts(previous: PreviousParse, text: string, cut: number): PreviousParse {
  const parsed = previous.article.text.length;
  let whole = text.length;
  for (const c of previous.changes) whole -= c.insertLength - (c.to - c.from);
  if (parsed === whole && cut === text.length) return previous;
  const changes: TextChange[] = [];
  if (whole > parsed) changes.push({ from: parsed, to: parsed, insertLength: whole - parsed });
  changes.push(...previous.changes);
  if (cut < text.length) changes.push({ from: cut, to: text.length, insertLength: 0 });
  return { article: previous.article, changes };
}

export function runRules(article: Article, settings: Settings, locale: Locale, options: AnalyzeOptions = {}): Finding[] {
  return runSteps(ruleSteps(article, settings, locale, options));
}

/** The enabled rules one by one, pausing after each (see `analysisSteps`). */
export function* ruleSteps(article: Article, settings: Settings, locale: Locale, options: AnalyzeOptions): Steps<Finding[]> {
  const context: RuleContext = { article, settings, locale, ...(options.fileName ? { fileName: options.fileName } : {}) };
  const findings: Finding[] = [];
  const silencer = buildSilencer(article);
  for (const rule of options.rules ?? RULES) {
    const configured = settings.rules[rule.meta.id];
    if (configured === 'off') continue;
    const severity = configured ?? rule.meta.defaultSeverity;
    const ruleId = rule.meta.id;
    try {
      if (rule.prepare) for (const steps = rule.prepare(context); !steps.next().done; ) yield ruleId;
      for (const f of rule.check(context)) {
        if (silencer.isSilenced(ruleId, f.span)) continue;
        // Built field by field: a spread of findings of many shapes is slow, and a book has thousands.
        findings.push(f.data === undefined ? { span: f.span, message: f.message, ruleId, severity } : { span: f.span, message: f.message, data: f.data, ruleId, severity });
      }
    } catch (error) {
      options.onRuleError?.(rule.meta.id, error);
    }
    yield ruleId;
  }
  return findings;
}
