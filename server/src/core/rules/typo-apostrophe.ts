import { typographyRule } from './typography';

export const typoApostropheRule = typographyRule('typo-apostrophe', {
  name: { fr: 'Apostrophe', en: 'Apostrophe' },
  description: {
    fr: 'Dans un mot (« l’expertise », « aujourd’hui »), l’apostrophe typographique « ’ » remplace l’apostrophe droite. Le réglage plume.typography.apostrophe permet de préférer l’apostrophe droite (straight) ou de désactiver la règle (off). Gravité par défaut « hint » : l’apostrophe droite est très répandue et reste correcte à l’écran ; la correction en bloc la règle d’un coup.',
    en: 'Inside a word (« l’expertise », « aujourd’hui »), the typographic apostrophe « ’ » replaces the straight one. The setting plume.typography.apostrophe prefers the straight apostrophe (straight) or turns the rule off (off). Default severity « hint »: the straight apostrophe is very common and reads fine on screen; fix-all settles it at once.',
  },
  defaultSeverity: 'hint',
});
