// The public surface of the analysis core: what the language server and the command line use.
export { analyze, runRules } from './analyze';
export type { Analysis, AnalyzeOptions, Finding } from './analyze';
export { parseArticle } from './article/parse';
export type { PreviousParse, TextChange } from './article/parse';
export type * from './article/model';
export { RULES, findRule } from './rules';
export type { Rule, RuleMeta } from './rules/rule';
export { DEFAULT_SETTINGS, normalizeSettings } from './settings';
export type { Settings, Severity, SeveritySetting } from './settings';
export type { Locale } from './i18n';
export { localeFrom } from './i18n';
export { identifyTitleLanguage, preloadLanguageDetector } from './french/language';
export { deferLanguageDetector, isLanguageDetectorLoaded, LanguageDetectorNotLoaded } from './french/language';
export { ACTION_PROVIDERS, computeActions, applyEdits } from './actions';
export type { Action, ActionContext, ActionProvider, ActionQuery, TextEdit } from './actions';
export { fixArticle } from './actions/fixAll';
export type { FixOptions, FixResult } from './actions/fixAll';
