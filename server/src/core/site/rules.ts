import type { RuleMeta } from '../rules/rule';

/** Site-wide rules: they compare an article with the other articles of the same folder. */
export const SITE_RULES: readonly RuleMeta[] = [
  {
    id: 'duplicate-title',
    name: { fr: 'Titre en double', en: 'Duplicate title' },
    description: {
      fr: 'Deux articles du site portent le même titre : les moteurs de recherche et les lecteurs ne savent pas lequel choisir.',
      en: 'Two articles of the site have the same title: search engines and readers cannot tell which one to pick.',
    },
    defaultSeverity: 'warning',
    category: 'structure',
  },
  {
    id: 'duplicate-description',
    name: { fr: 'Méta-description en double', en: 'Duplicate meta description' },
    description: {
      fr: 'Deux articles du site ont la même méta-description : chacune doit résumer son propre article.',
      en: 'Two articles of the site share the same meta description: each should sum up its own article.',
    },
    defaultSeverity: 'warning',
    category: 'structure',
  },
  {
    id: 'keyphrase-cannibalisation',
    name: { fr: 'Cannibalisation d’expression clé', en: 'Keyphrase cannibalisation' },
    description: {
      fr: 'Plusieurs articles visent la même expression clé et se disputent les mêmes recherches.',
      en: 'Several articles target the same focus keyphrase and compete for the same searches.',
    },
    defaultSeverity: 'warning',
    category: 'keyphrase',
  },
  {
    id: 'internal-link-suggestion',
    name: { fr: 'Lien interne possible', en: 'Internal link suggestion' },
    description: {
      fr: 'Un paragraphe mentionne l’expression clé d’un autre article du site sans lui faire de lien.',
      en: 'A paragraph mentions another article’s focus keyphrase without linking to it.',
    },
    defaultSeverity: 'hint',
    category: 'keyphrase',
  },
];
