import type { Finding } from '../analyze';
import type { Action, ActionContext, ActionProvider } from './action';
import { replaceTitleEdit } from './titleEdit';

/** Separators left at the cut when the foreign part goes (« Titre : Read more », « Guide — Français »). */
const EDGE = /^[\s:;|·—–\-,]+|[\s:;|·—–\-,]+$/g;
const LEADING = /^[\s:;|·—–\-,]+/;
const TRAILING = /[\s:;|·—–\-,]+$/;

/**
 * The title without its foreign stretch `[start, end)`: separators and spaces left at the cut go; when
 * French text stands on both sides, the separator that stood before the foreign part joins them.
 */
export function keepFrenchPart(title: string, start: number, end: number): string {
  const left = title.slice(0, start);
  const right = title.slice(end);
  const l = left.replace(TRAILING, '');
  const r = right.replace(LEADING, '');
  if (l && r) {
    const sep = left.slice(l.length).trim();
    return sep ? `${l} ${sep} ${r}` : `${l} ${r}`;
  }
  return (l || r).replace(EDGE, '');
}

export const keepFrenchTitleActions: ActionProvider = {
  id: 'keepFrenchTitle',
  fixes(ctx: ActionContext, finding: Finding): readonly Action[] {
    if (finding.ruleId !== 'title-language' || !ctx.article.title) return [];
    const data = finding.data ?? {};
    const { foreignStart, foreignEnd, whole } = data as { foreignStart?: unknown; foreignEnd?: unknown; whole?: unknown };
    if (whole === true || typeof foreignStart !== 'number' || typeof foreignEnd !== 'number') return [];
    const title = ctx.article.title.text;
    if (foreignStart < 0 || foreignEnd > title.length || foreignStart >= foreignEnd) return [];
    const kept = keepFrenchPart(title, foreignStart, foreignEnd);
    if (!/\p{L}/u.test(kept)) return [];
    const edit = replaceTitleEdit(ctx.article, kept);
    if (!edit) return [];
    return [
      {
        id: 'keepFrenchTitle',
        title: ctx.locale === 'fr' ? `Garder la partie française : « ${kept} »` : `Keep the French part: « ${kept} »`,
        kind: 'quickfix',
        edits: [edit],
        isPreferred: true,
        finding,
      },
    ];
  },
};
