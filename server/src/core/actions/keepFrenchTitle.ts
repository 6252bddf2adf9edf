import { isFindingOf, type Finding } from '../base/finding';
import type { TitleLanguageFinding } from '../rules/title-language';
import type { Action, ActionContext, EagerActionProvider } from './action';
import { keepFrenchPart } from '../seo/title';
import { replaceTitleEdit } from './titleEdit';

export const keepFrenchTitleActions: EagerActionProvider = {
  id: 'keepFrenchTitle',
  fixes(ctx: ActionContext, finding: Finding): readonly Action[] {
    if (!isFindingOf<TitleLanguageFinding>(finding, 'title-language') || !ctx.article.title) return [];
    const { foreignStart, foreignEnd, whole } = finding.data;
    if (whole) return [];
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
