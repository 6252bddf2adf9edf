import { isFindingOf, type Finding } from '../../base/finding';
import type { DescriptionLengthFinding } from '../../rules/description-length';
import type { DescriptionMissingFinding } from '../../rules/description-missing';
import { once, type ActionContext, type ActionProvider, type OfferedAction } from '../action';
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

/**
 * The action, listed from the front matter's state alone: the description itself (a summary of the
 * whole article, hundreds of ms on a book) is written when the writer picks it.
 */
function build(context: ActionContext, kind: 'quickfix' | 'source', finding?: Finding): OfferedAction[] {
  const { article, settings, locale } = context;
  const field = settings.frontMatter.descriptionField;
  const state = descriptionState(article, field);
  if (state === 'unwritable') return [];
  const replace = state === 'present';
  const titleKey = article.title?.source === 'frontMatter' ? article.title.field : undefined;
  const title =
    locale === 'en'
      ? `${replace ? 'Regenerate' : 'Generate'} the meta description`
      : `${replace ? 'Régénérer' : 'Générer'} la méta-description`;
  const computeEdits = once(() => {
    const description = descriptionFor(article, settings);
    const edit = description ? writeDescription(article, field, description, { replace, ...(titleKey ? { titleKey } : {}) }) : undefined;
    return { edits: edit ? [edit] : [] };
  });
  return [{ id: 'generateDescription', title, kind, scope: 'document', computeEdits, ...(finding ? { finding, isPreferred: true } : {}) }];
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
