import type { Finding } from '../../base/finding';
import type { Action, ActionContext, ActionProvider } from '../action';
import { writeDescription } from './frontMatterEdit';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, descriptionState } from '../../seo/description';
import { SERP_BOXES } from '../../seo/serpPreview';
import { textWidth } from '../../seo/width';
import { generateDescription } from './generate';
import type { Article } from '../../article/model';
import type { Settings } from '../../config/settings';

/** One description per parsed version and settings (code actions are asked at every cursor move). */
const cache = new WeakMap<Article, { settings: Settings; description: string | undefined }>();

function descriptionFor(article: Article, settings: Settings): string | undefined {
  const hit = cache.get(article);
  if (hit && hit.settings === settings) return hit.description;
  const description = fittingDescription(article, settings);
  cache.set(article, { settings, description });
  return description;
}

/**
 * The generated description, made shorter until the results page shows it whole: 156 characters of
 * wide letters can measure 927 px, past the 920 px that `description-width` allows. Each try asks the
 * generator for ten characters less; the re-check gate (pipeline/verify.ts) has the last word.
 */
export function fittingDescription(article: Article, settings: Settings): string | undefined {
  const fontPx = SERP_BOXES.desktop.description.fontPx;
  let description = generateDescription(article, settings);
  for (let max = DESCRIPTION_MAX - 10; description && textWidth(description, fontPx) > settings.serp.descriptionMaxPx && max >= DESCRIPTION_MIN; max -= 10) {
    description = generateDescription(article, settings, undefined, max);
  }
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
    if (finding.ruleId !== 'description-missing' && finding.ruleId !== 'description-length') return [];
    return build(context, 'quickfix', finding);
  },
  sourceActions(context) {
    return build(context, 'source');
  },
};
