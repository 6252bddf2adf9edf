import { isFindingOf, type Finding } from '../base/finding';
import type { SlugFormatFinding } from '../rules/slug-format';
import type { Action, ActionContext, EagerActionProvider } from './action';
import { insertSlugEdit, replaceSlugEdit } from './slugEdit';
import { slugField, suggestedSlug } from '../seo/slug';

export const slugActions: EagerActionProvider = {
  id: 'slug',
  fixes(ctx: ActionContext, finding: Finding): readonly Action[] {
    if (!isFindingOf<SlugFormatFinding>(finding, 'slug-format')) return [];
    const field = slugField(ctx.article);
    if (!field || typeof field.value !== 'string') return [];
    const slug = suggestedSlug(ctx.article, field.value);
    if (!slug || slug === field.value) return [];
    return [
      {
        id: 'fixSlug',
        title: ctx.locale === 'fr' ? `Écrire le slug « ${slug} » (pensez à la redirection)` : `Write the slug « ${slug} » (remember the redirect)`,
        kind: 'quickfix',
        edits: [replaceSlugEdit(ctx.article, field, slug)],
        isPreferred: true,
        finding,
      },
    ];
  },
  sourceActions(ctx: ActionContext): readonly Action[] {
    // Palette: « Plume : écrire le slug depuis le titre » adds a slug when there is none.
    if (slugField(ctx.article) || !ctx.article.title) return [];
    const slug = suggestedSlug(ctx.article);
    if (!slug) return [];
    const title = ctx.article.title.source === 'frontMatter' ? ctx.article.title.field : undefined;
    const edit = insertSlugEdit(ctx.article, slug, title);
    if (!edit) return [];
    return [{ id: 'writeSlug', title: ctx.locale === 'fr' ? `Écrire le slug depuis le titre : ${slug}` : `Write the slug from the title: ${slug}`, kind: 'source', edits: [edit] }];
  },
};
