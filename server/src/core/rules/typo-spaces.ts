import { typographyRule } from './typography';

export const typoSpacesRule = typographyRule('typo-spaces', {
  name: { fr: 'Espaces en trop', en: 'Extra spaces' },
  description: {
    fr: 'Deux espaces ou plus entre deux mots deviennent une seule, et l’espace avant une virgule ou un point disparaît. Les retraits, les fins de ligne (saut de ligne Markdown) et l’alignement des tableaux ne sont pas touchés.',
    en: 'Two or more spaces between words become one, and a space before a comma or a full stop is removed. Indentation, line ends (Markdown hard breaks) and table alignment are left alone.',
  },
  defaultSeverity: 'information',
});
