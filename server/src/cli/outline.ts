import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeOutline } from '../core/actions/subheadings/outline';
import { parseArticle, type Settings } from '../core';

export interface OutlineLine {
  /** 0-based line of the input before which the heading goes. */
  readonly line: number;
  readonly level: number;
  readonly text: string;
  /** `promote`: the line already reads as a heading and becomes one. */
  readonly kind: 'insert' | 'promote';
}

/** What « insert subheadings » would insert into `text`. */
export function outlineOf(text: string, settings: Settings): OutlineLine[] {
  const article = parseArticle(text, { titleFields: settings.frontMatter.titleFields });
  const document = TextDocument.create('file:///outline.md', 'markdown', 0, text);
  return computeOutline(article, settings.maxWordsPerSection).map((e) => ({
    line: document.positionAt(e.offset).line,
    level: e.level,
    text: e.text,
    kind: e.kind ?? 'insert',
  }));
}

/** `plume outline [--format json] FILE`: one `line: ## heading` per heading, or the JSON list. */
export function printOutline(text: string, settings: Settings, format: 'text' | 'json'): void {
  const outline = outlineOf(text, settings);
  if (format === 'json') {
    process.stdout.write(JSON.stringify(outline, null, 2) + '\n');
    return;
  }
  for (const e of outline) process.stdout.write(`${e.line + 1}: ${'#'.repeat(e.level)} ${e.text}${e.kind === 'promote' ? ' (promoted)' : ''}\n`);
}
