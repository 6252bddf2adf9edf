// `plume stats`: the figures of each file, as JSON, with what Plume detected of the site's conventions.
import { basename, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, collectMetrics, computeScore, describeConventions, evaluateChecks, identifyTitleLanguage, notEvaluatedIds, renderedLevel } from '../core';
import { readText } from './readText';
import type { SettingsOf } from './settings';
import type { SiteConventionSource } from '../platform/siteConventionFiles';

export function printStats(files: string[], settingsOf: SettingsOf, sites: SiteConventionSource): void {
  const stats = files.map((file) => {
    const settings = settingsOf(file);
    const { conventions } = sites.forFile(resolve(file));
    const text = readText(file);
    const document = TextDocument.create(`file://${file}`, 'markdown', 0, text);
    const { article, findings } = analyze(text, settings, { fileName: basename(file) });
    const title = article.title?.text;
    // The report's source: each check's state, with why it did not run and the figure it measured.
    const checks = evaluateChecks(article, findings, settings, { fileName: basename(file), figures: true });
    return {
      file,
      title: title ?? null,
      titleLanguage: title ? identifyTitleLanguage(title).language : null,
      words: article.bodyWordCount,
      headings: article.headings.map((h) => ({ level: h.level, renderedLevel: renderedLevel(h.level, settings), text: h.text, line: document.positionAt(h.span.start).line })),
      score: computeScore(findings, settings, undefined, notEvaluatedIds(checks)).score,
      checks: checks.map((c) => ({
        id: c.id,
        state: c.state,
        ...(c.reason ? { reason: c.reason } : {}),
        ...(c.figure ? { figure: { value: c.figure.value, unit: c.figure.unit, text: c.figure.text } } : {}),
      })),
      metrics: collectMetrics(article, settings, settings.locale, basename(file)),
      site: {
        detected: describeConventions(conventions, settings.locale),
        conventions,
        applied: { headingOffset: settings.headingOffset, descriptionFields: settings.frontMatter.descriptionFields, titleFields: settings.frontMatter.titleFields, slugStyle: settings.slugStyle, descriptionFromExcerpt: settings.descriptionFromExcerpt },
      },
    };
  });
  process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
}
