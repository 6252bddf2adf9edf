import { typographyRule } from './typography';

export const typoNbspRule = typographyRule('typo-nbsp', {
  name: { fr: 'Espaces insécables', en: 'No-break spaces' },
  description: {
    fr: 'En français, une espace insécable précède « ; », « : », « ! », « ? » et « » », et suit « « » : elle empêche la ponctuation de passer seule à la ligne. Le réglage plume.typography.space choisit l’espace fine (narrow, par défaut), l’espace insécable ordinaire (regular) ou désactive la règle (off). Les heures (10:30), les rapports, les émoticônes, le code et les URL ne sont pas touchés.',
    en: 'French puts a no-break space before « ; », « : », « ! », « ? » and « » », and after « « », so that punctuation never wraps alone to the next line. The setting plume.typography.space picks the narrow no-break space (narrow, the default), the ordinary no-break space (regular), or turns the rule off (off). Times (10:30), ratios, emoticons, code and URLs are left alone.',
  },
  defaultSeverity: 'information',
});
