// `plume stats`: the figures of each file, as JSON.
import { basename } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, collectMetrics, computeScore, identifyTitleLanguage, type Settings } from '../core';
import { readText } from './readText';

export function printStats(files: string[], settings: Settings): void {
  const stats = files.map((file) => {
    const text = readText(file);
    const document = TextDocument.create(`file://${file}`, 'markdown', 0, text);
    const { article, findings } = analyze(text, settings, { fileName: basename(file) });
    const title = article.title?.text;
    return {
      file,
      title: title ?? null,
      titleLanguage: title ? identifyTitleLanguage(title).language : null,
      words: article.bodyWordCount,
      headings: article.headings.map((h) => ({ level: h.level, text: h.text, line: document.positionAt(h.span.start).line })),
      score: computeScore(findings, settings).score,
      metrics: collectMetrics(article, settings, settings.locale, basename(file)),
    };
  });
  process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
}
