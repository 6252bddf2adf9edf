import type { Finding } from '../base/finding';
import type { Action, ActionContext, ActionProvider } from './action';
import { keepFrenchPart } from '../seo/title';
import { replaceTitleEdit } from './titleEdit';

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
