import { isFindingOf, type Finding } from '../../base/finding';
import type { DescriptionLengthFinding } from '../../rules/description-length';
import type { DescriptionMissingFinding } from '../../rules/description-missing';
import type { Action, ActionContext, ActionProvider } from '../action';
import { writeDescription } from './frontMatterEdit';
import { descriptionState } from '../../seo/description';
import { generateDescription } from './generate';
import type { Article } from '../../article/model';
import type { Settings } from '../../config/settings';

/** One description per parsed version and settings (code actions are asked at every cursor move). */
const cache = new WeakMap<Article, { settings: Settings; description: string | undefined }>();

function descriptionFor(article: Article, settings: Settings): string | undefined {
  const hit = cache.get(article);
  if (hit && hit.settings === settings) return hit.description;
  const description = generateDescription(article, settings);
  cache.set(article, { settings, description });
  return description;
}

function build(context: ActionContext, kind: 'quickfix' | 'source', finding?: Finding): Action[] {
  const { article, settings, locale } = context;
  const field = settings.frontMatter.descriptionField;
  const state = descriptionState(article, field);
  if (state === 'unwritable') return [];
  const description = descriptionFor(article, settings);
  if (!description) return [];
  const replace = state === 'present';
  const titleKey = article.title?.source === 'frontMatter' ? article.title.field : undefined;
  const edit = writeDescription(article, field, description, { replace, ...(titleKey ? { titleKey } : {}) });
  if (!edit) return [];
  const title =
    locale === 'en'
      ? `${replace ? 'Regenerate' : 'Generate'} the meta description`
      : `${replace ? 'Régénérer' : 'Générer'} la méta-description`;
  return [{ id: 'generateDescription', title, kind, edits: [edit], ...(finding ? { finding, isPreferred: true } : {}) }];
}

/** « Generate the meta description »: a quick fix on the description rules and a source action. */
export const generateDescriptionProvider: ActionProvider = {
  id: 'generateDescription',
  fixes(context, finding) {
    if (!isFindingOf<DescriptionMissingFinding>(finding, 'description-missing') && !isFindingOf<DescriptionLengthFinding>(finding, 'description-length')) return [];
    return build(context, 'quickfix', finding);
  },
  sourceActions(context) {
    return build(context, 'source');
  },
};
