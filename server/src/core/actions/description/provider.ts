import type { Finding } from '../../analyze';
import type { Action, ActionContext, ActionProvider } from '../action';
import { descriptionState, writeDescription } from './frontMatterEdit';
import { generateDescription } from './generate';

function build(context: ActionContext, kind: 'quickfix' | 'source', finding?: Finding): Action[] {
  const { article, settings, locale } = context;
  const field = settings.frontMatter.descriptionField;
  const state = descriptionState(article, field);
  if (state === 'unwritable') return [];
  const description = generateDescription(article, settings);
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
