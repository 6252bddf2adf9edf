import { descriptionField } from '../seo/description';
import type { FindingOf } from '../base/finding';
import type { RuleOf } from './rule';
import { articleAnchor, firstLine, say } from './rule';

/** Without a meta description, search engines show whatever text they pick from the page. */
export type DescriptionMissingData = { readonly field: string; readonly present: boolean };
export type DescriptionMissingFinding = FindingOf<'description-missing', DescriptionMissingData>;

export const descriptionMissingRule: RuleOf<DescriptionMissingFinding> = {
  meta: {
    id: 'description-missing',
    name: { fr: 'Méta-description absente', en: 'Missing meta description' },
    description: {
      fr: 'Le front matter porte une méta-description (champ plume.frontMatter.descriptionField, « description » par défaut) : sans elle, les moteurs de recherche affichent un extrait choisi au hasard de la page.',
      en: 'The front matter holds a meta description (field plume.frontMatter.descriptionField, « description » by default): without it, search engines show an excerpt of the page picked at random.',
    },
    defaultSeverity: 'warning',
    category: 'structure',
  },
  check(ctx) {
    const { article, settings } = ctx;
    const fm = article.frontMatter;
    if (fm?.error) return []; // the front-matter rule reports it; nothing can be read
    const name = settings.frontMatter.descriptionField;
    const field = descriptionField(article, name);
    if (field && !(field.value === null || field.value === undefined || (typeof field.value === 'string' && field.value.trim() === ''))) return [];
    const span = field ? field.keySpan : fm ? firstLine(article, fm.span) : articleAnchor(article);
    return [
      {
        span,
        message: field
          ? say(ctx, { fr: `Méta-description vide : remplissez le champ « ${name} ».`, en: `Empty meta description: fill in the « ${name} » field.` })
          : say(ctx, {
              fr: `Pas de méta-description : ajoutez un champ « ${name} » au front matter.`,
              en: `No meta description: add a « ${name} » field to the front matter.`,
            }),
        data: { field: name, present: field !== undefined },
      },
    ];
  },
};
