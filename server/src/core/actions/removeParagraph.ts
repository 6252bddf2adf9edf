// « Supprimer ce paragraphe » on a foreign paragraph: most are leftovers of the paste (« Make this
// article seo compatible… »), which the message itself asks to remove. The blank lines after it go too,
// so that the text around closes up as one paragraph break.
import type { Finding } from '../base/finding';
import type { TextEdit } from '../base/edit';
import type { Article } from '../article/model';
import type { Action, ActionContext, EagerActionProvider } from './action';

/** The edit removing the block where `offset` sits, from its line's start to the next block's. */
export function removeBlockEdit(article: Article, offset: number): TextEdit | undefined {
  const index = article.blocks.findIndex((b) => b.span.start <= offset && offset <= b.span.end);
  if (index < 0) return undefined;
  const block = article.blocks[index];
  const start = article.text.lastIndexOf('\n', block.span.start - 1) + 1;
  const next = article.blocks[index + 1];
  let end: number;
  if (next) end = article.text.lastIndexOf('\n', next.span.start - 1) + 1;
  else {
    // The last block: remove it and the line breaks before it, so no blank tail is left.
    end = article.text.length;
    let s = start;
    while (s > article.bodyStart && /[\r\n]/.test(article.text[s - 1])) s--;
    return { start: s, end, newText: s > article.bodyStart ? (article.text.includes('\r\n') ? '\r\n' : '\n') : '' };
  }
  return end > start ? { start, end, newText: '' } : undefined;
}

export const removeParagraphActions: EagerActionProvider = {
  id: 'removeParagraph',
  fixes(ctx: ActionContext, finding: Finding): readonly Action[] {
    if (finding.ruleId !== 'paragraph-language') return [];
    const edit = removeBlockEdit(ctx.article, finding.span.start);
    if (!edit) return [];
    const excerpt = ctx.article.text.slice(finding.span.start, finding.span.end).trim();
    const short = [...excerpt].length > 40 ? `${[...excerpt].slice(0, 40).join('').trimEnd()}…` : excerpt;
    return [
      {
        id: 'removeParagraph',
        title: ctx.locale === 'fr' ? `Supprimer ce paragraphe (« ${short} »)` : `Delete this paragraph (« ${short} »)`,
        kind: 'quickfix',
        edits: [edit],
        finding,
      },
    ];
  },
};
