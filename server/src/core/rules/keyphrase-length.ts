import { formatNumber } from '../base/i18n';
import type { Rule } from './rule';
import { say } from './rule';
import { focusKeyphrase } from '../seo/focusKeyphrase';
import { valueSpan } from '../seo/description';

export const keyphraseLengthRule: Rule = {
  meta: {
    id: 'keyphrase-length',
    name: { fr: 'Longueur de l’expression clé', en: 'Keyphrase length' },
    description: {
      fr: 'Une expression clé de plus de plume.keyphrase.maxContentWords mots porteurs de sens (4 par défaut ; articles, prépositions et pronoms ne comptent pas) est rarement tapée telle quelle et se place mal dans un titre : visez une expression courte.',
      en: 'A keyphrase of more than plume.keyphrase.maxContentWords content words (4 by default; articles, prepositions and pronouns do not count) is rarely typed as such and hard to fit in a title: aim for a short phrase.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'keyphrase',
    options: ['keyphrase.maxContentWords'],
  },
  check(ctx) {
    const kp = focusKeyphrase(ctx);
    if (!kp) return [];
    const n = kp.matcher.contentWords.length;
    const max = ctx.settings.keyphrase.maxContentWords;
    if (n <= max) return [];
    return [
      {
        span: valueSpan(ctx.article, kp.field),
        message: say(ctx, {
          fr: `L’expression clé compte ${formatNumber(n, ctx.locale)} mots porteurs de sens (${kp.matcher.contentWords.join(', ')}) : ${formatNumber(max, ctx.locale)} au plus.`,
          en: `The keyphrase has ${formatNumber(n, ctx.locale)} content words (${kp.matcher.contentWords.join(', ')}): ${formatNumber(max, ctx.locale)} at most.`,
        }),
        data: { contentWords: n },
      },
    ];
  },
  metrics(ctx) {
    const kp = focusKeyphrase(ctx);
    return kp ? { contentWords: kp.matcher.contentWords.length } : undefined;
  },
};
