import { servingDescriptionField } from '../seo/description';
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
      fr: 'Le front matter porte une méta-description (le premier des champs plume.frontMatter.descriptionFields qui est rempli, « description » par défaut ; Plume reconnaît aussi le champ que le générateur du site lit, comme « excerpt » ou « summary ») : sans elle, les moteurs de recherche affichent un extrait choisi au hasard de la page. Quand le générateur tire la description du premier paragraphe (plume.descriptionFromExcerpt), son absence n’est pas signalée.',
      en: 'The front matter holds a meta description (the first filled field of plume.frontMatter.descriptionFields, « description » by default; Plume also recognises the field the site generator reads, such as « excerpt » or « summary »): without it, search engines show an excerpt of the page picked at random. When the generator takes the description from the first paragraph (plume.descriptionFromExcerpt), its absence is not reported.',
    },
    defaultSeverity: 'warning',
    category: 'structure',
    options: ['frontMatter.descriptionFields', 'descriptionFromExcerpt'],
  },
  check(ctx) {
    const { article, settings } = ctx;
    const fm = article.frontMatter;
    if (fm?.error && !fm.lenient) return []; // the front-matter rule reports it; nothing can be read
    const field = servingDescriptionField(article, settings);
    const name = field?.key ?? settings.frontMatter.descriptionField;
    if (field && !(field.value === null || field.value === undefined || (typeof field.value === 'string' && field.value.trim() === ''))) return [];
    // The generator makes one from the first paragraph (Jekyll's excerpt, Hugo's summary…).
    if (!field && settings.descriptionFromExcerpt) return [];
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
