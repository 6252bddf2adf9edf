// The report names each check by what it verifies, so that « réussie » reads true: « Méta-description
// présente », not the rule's problem-named title « Méta-description absente ». Rules not listed keep
// their own name, which already says what is checked (« Titre en français »).
import type { Localized } from '../base/i18n';

export const CHECK_NAMES: Readonly<Record<string, Localized>> = {
  'description-missing': { fr: 'Méta-description présente', en: 'Meta description present' },
  'keyphrase-missing': { fr: 'Expression clé déclarée', en: 'Focus keyphrase set' },
  'keyphrase-length': { fr: 'Expression clé assez courte', en: 'Keyphrase short enough' },
  'min-words': { fr: 'Longueur suffisante', en: 'Long enough' },
  subheadings: { fr: 'Sections découpées par des intertitres', en: 'Sections divided by subheadings' },
  'slug-format': { fr: 'Slug bien formé', en: 'Well-formed slug' },
  'paragraph-language': { fr: 'Paragraphes en français', en: 'Paragraphs in French' },
  'passive-voice': { fr: 'Peu de voix passive', en: 'Little passive voice' },
  'sentence-length': { fr: 'Peu de phrases longues', en: 'Few long sentences' },
  'consecutive-sentences': { fr: 'Débuts de phrases variés', en: 'Varied sentence starts' },
  'paragraph-length': { fr: 'Paragraphes courts', en: 'Short paragraphs' },
  'heading-hierarchy': { fr: 'Niveaux d’intertitres sans saut', en: 'Heading levels without gaps' },
  'typo-spaces': { fr: 'Pas d’espace en trop', en: 'No extra space' },
};
