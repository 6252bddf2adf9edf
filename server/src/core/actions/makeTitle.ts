// « Faire de cette ligne le titre »: a raw paste's first line stands for the title only by guess; this
// makes it one, as a `#` heading (or a front-matter `title` when the article has a front matter),
// keeping the French part when an instruction was pasted into it.
import type { Finding } from '../base/finding';
import type { TextEdit } from '../base/edit';
import type { Article } from '../article/model';
import { frenchPart } from '../seo/title';
import { isArticleWide } from '../article/anchor';
import type { Action, ActionContext, EagerActionProvider } from './action';
import { quoted } from './titleEdit';

/** A finding about the title itself (not one about the whole article that merely sits at its start). */
function overlaps(finding: Finding, article: Article): boolean {
  const t = article.title?.span;
  if (isArticleWide(article, finding.span)) return false;
  return !!t && finding.span.start <= t.end && t.start <= finding.span.end;
}

/** The edit turning the first-line title into a real title, or undefined when it already is one. */
export function makeTitleEdit(article: Article): { edit: TextEdit; title: string; where: 'heading' | 'frontMatter' } | undefined {
  const title = article.title;
  if (!title || title.source !== 'firstLine') return undefined;
  const text = frenchPart(title.text);
  if (!/\p{L}/u.test(text)) return undefined;
  const lineStart = article.text.lastIndexOf('\n', title.span.start - 1) + 1;
  const nl = article.text.indexOf('\n', title.span.end);
  const lineEnd = nl === -1 ? article.text.length : nl;
  const fm = article.frontMatter;
  if (fm && !fm.error) {
    // The front matter gets `title`; the line goes with the blank lines after it.
    let after = lineEnd;
    while (after < article.text.length && /[\r\n]/.test(article.text[after])) after++;
    const eol = article.text.includes('\r\n') ? '\r\n' : '\n';
    const field = fm.kind === 'toml' ? `title = ${quoted(text)}${eol}` : `title: ${quoted(text)}${eol}`;
    // Two edits would be cleaner; one keeps the action atomic in every client: rewrite from the end of
    // the front matter's content to the end of the line.
    const between = article.text.slice(fm.contentSpan.end, lineStart);
    return { edit: { start: fm.contentSpan.end, end: after, newText: field + between }, title: text, where: 'frontMatter' };
  }
  const line = article.text.slice(lineStart, lineEnd).replace(/\r$/, '');
  return { edit: { start: lineStart, end: lineStart + line.length, newText: `# ${text}` }, title: text, where: 'heading' };
}

export const makeTitleActions: EagerActionProvider = {
  id: 'makeTitle',
  fixes(ctx: ActionContext, finding: Finding): readonly Action[] {
    if (!overlaps(finding, ctx.article)) return [];
    const made = makeTitleEdit(ctx.article);
    if (!made) return [];
    const fr = ctx.locale === 'fr';
    const shown = made.where === 'heading' ? `# ${made.title}` : `title: ${made.title}`;
    return [
      {
        id: 'makeTitle',
        title: fr ? `Faire de cette ligne le titre (« ${shown} »)` : `Make this line the title (« ${shown} »)`,
        kind: 'quickfix',
        edits: [made.edit],
        finding,
      },
    ];
  },
};
