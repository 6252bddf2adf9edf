import { formatNumber } from '../base/i18n';
import { textWidth } from '../seo/width';
import type { Rule } from './rule';
import { say } from './rule';
import { DESCRIPTION_FONT_PX, DESCRIPTION_MAX, description, valueSpan } from '../seo/description';
import { charLength } from '../article/plainText';

export const descriptionWidthRule: Rule = {
  meta: {
    id: 'description-width',
    name: { fr: 'Largeur de la description', en: 'Description width' },
    description: {
      fr: 'La méta-description s’affiche en Arial 14 px sur environ deux lignes ; au-delà de plume.serp.descriptionMaxPx pixels (920 par défaut), elle est coupée par des points de suspension. Complète la règle de longueur en caractères : des lettres larges (M, W, majuscules) prennent plus de place.',
      en: 'The meta description is drawn in Arial 14 px on about two lines; beyond plume.serp.descriptionMaxPx pixels (920 by default) it is cut with an ellipsis. It complements the character-length rule: wide letters (M, W, capitals) take more room.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'structure',
    options: ['serp.descriptionMaxPx', 'frontMatter.descriptionFields'],
  },
  check(ctx) {
    const desc = description(ctx);
    if (!desc) return [];
    const px = Math.round(textWidth(desc.text, DESCRIPTION_FONT_PX));
    const max = ctx.settings.serp.descriptionMaxPx;
    if (px <= max) return [];
    // Too long in characters as well: description-length says both in one finding.
    if (ctx.settings.rules['description-length'] !== 'off' && charLength(desc.text) > DESCRIPTION_MAX) return [];
    const l = ctx.locale;
    const chars = [...desc.text].length;
    return [
      {
        span: valueSpan(ctx.article, desc.field),
        message: say(ctx, {
          fr: `Méta-description trop large : ${formatNumber(px, l)} px (${formatNumber(chars, l)} caractères), elle sera coupée au-delà de ${formatNumber(max, l)} px. Raccourcissez-la ou remplacez des lettres larges (majuscules, M, W).`,
          en: `Meta description too wide: ${formatNumber(px, l)} px (${formatNumber(chars, l)} characters); it is cut beyond ${formatNumber(max, l)} px. Shorten it or replace wide letters (capitals, M, W).`,
        }),
        data: { px, chars },
      },
    ];
  },
  metrics(ctx) {
    const desc = description(ctx);
    return desc ? { descriptionPx: Math.round(textWidth(desc.text, DESCRIPTION_FONT_PX)) } : undefined;
  },
};
