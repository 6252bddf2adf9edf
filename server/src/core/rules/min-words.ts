import { formatNumber } from '../base/i18n';
import type { Rule } from './rule';
import { articleAnchor, say } from './rule';

export const minWordsRule: Rule = {
  meta: {
    id: 'min-words',
    name: { fr: 'Longueur minimale', en: 'Minimum length' },
    description: {
      fr: 'Le corps de l’article (hors front matter, titre, code et balises) compte au moins plume.minWords mots (700 par défaut). Les mots se comptent comme dans un traitement de texte : « l’expertise » et « peut-être » font un mot chacun.',
      en: 'The body of the article (front matter, title, code and markup excluded) has at least plume.minWords words (700 by default). Words are counted as a word processor does: « l’expertise » and « peut-être » are one word each.',
    },
    defaultSeverity: 'warning',
    weight: 3,
    category: 'structure',
    options: ['minWords'],
  },
  check(ctx) {
    const { article, settings, locale } = ctx;
    const count = article.bodyWordCount;
    const min = settings.minWords;
    if (count >= min) return [];
    const n = formatNumber(count, locale);
    const m = formatNumber(min, locale);
    const missing = formatNumber(min - count, locale);
    return [
      {
        span: articleAnchor(article),
        message: say(ctx, {
          fr: `${n} mots sur ${m} : il en manque ${missing}.`,
          en: `${n} words out of ${m}: ${missing} missing.`,
        }),
        data: { words: count, minWords: min },
      },
    ];
  },
};
