import { typographyRule } from './typography';

export const typoQuotesRule = typographyRule('typo-quotes', {
  name: { fr: 'Guillemets français', en: 'French quotation marks' },
  description: {
    fr: 'Les guillemets droits "…" autour d’un texte deviennent des guillemets français « … », avec une espace insécable à l’intérieur. Un paragraphe dont les guillemets droits ne vont pas par paires (pouces, code) n’est pas touché.',
    en: 'Straight quotes "…" around text become French quotation marks « … », with a no-break space inside. A paragraph whose straight quotes do not pair up (inches, code) is left alone.',
  },
  defaultSeverity: 'information',
});
