import { fittingDescription } from '../core/actions/description/provider';
import { analyze, verifiedActions, type Settings } from '../core';

/**
 * `plume describe FILE`: the description « generate the meta description » would write, on one line;
 * empty when there is none or when the description rules would flag it (the same gate as the editor).
 */
export function describeText(text: string, settings: Settings): string {
  const analysis = analyze(text, settings);
  const context = { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings };
  const offered = verifiedActions(context, { quickFixes: false }).some((a) => a.id === 'generateDescription');
  return offered ? (fittingDescription(analysis.article, settings) ?? '') : '';
}
