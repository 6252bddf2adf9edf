import { charLength } from '../article/plainText';
import { DESCRIPTION_FONT_PX, DESCRIPTION_MAX, DESCRIPTION_MIN, servingDescriptionField } from '../seo/description';
import { textWidth } from '../seo/width';
import { formatNumber } from '../base/i18n';
import type { FindingOf } from '../base/finding';
import type { RuleOf } from './rule';
import { say } from './rule';

/** Search engines cut a description past about 156 characters; one under 120 wastes the snippet. */
export type DescriptionLengthData = { readonly length: number };
export type DescriptionLengthFinding = FindingOf<'description-length', DescriptionLengthData>;

export const descriptionLengthRule: RuleOf<DescriptionLengthFinding> = {
  meta: {
    id: 'description-length',
    name: { fr: 'Longueur de la méta-description', en: 'Meta description length' },
    description: {
      fr: `La méta-description compte de ${DESCRIPTION_MIN} à ${DESCRIPTION_MAX} caractères : plus longue, les moteurs de recherche la coupent ; plus courte, elle laisse de la place inutilisée dans le résultat.`,
      en: `The meta description is ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} characters long: longer, search engines cut it; shorter, it leaves room unused in the result.`,
    },
    defaultSeverity: 'warning',
    category: 'structure',
    options: ['frontMatter.descriptionFields'],
  },
  check(ctx) {
    const { article, settings, locale } = ctx;
    if (article.frontMatter?.error && !article.frontMatter.lenient) return [];
    const field = servingDescriptionField(article, settings);
    if (!field || typeof field.value !== 'string' || field.value.trim() === '') return [];
    const n = charLength(field.value.trim());
    if (n >= DESCRIPTION_MIN && n <= DESCRIPTION_MAX) return [];
    const count = formatNumber(n, locale);
    const message =
      n < DESCRIPTION_MIN
        ? say(ctx, {
            fr: `Méta-description trop courte : ${count} caractères. Allongez-la à ${DESCRIPTION_MIN} caractères au moins, la place est affichée de toute façon.`,
            en: `Meta description too short: ${count} characters. Lengthen it to at least ${DESCRIPTION_MIN} characters; the room is shown anyway.`,
          })
        : tooLong(ctx, field.value.trim(), count);
    return [{ span: field.valueSpan, message, data: { length: n } }];
  },
};

/**
 * Too long in characters: when it is too wide as well, the width goes in the same message, and the
 * description-width rule stays silent (one finding for one problem).
 */
function tooLong(ctx: Parameters<typeof say>[0], text: string, count: string): string {
  const px = Math.round(textWidth(text, DESCRIPTION_FONT_PX));
  const max = ctx.settings.serp.descriptionMaxPx;
  const l = ctx.locale;
  if (px > max) {
    return say(ctx, {
      fr: `Méta-description trop longue : ${count} caractères et ${formatNumber(px, l)} px, les moteurs de recherche la couperont. Raccourcissez-la à ${DESCRIPTION_MAX} caractères (${formatNumber(max, l)} px).`,
      en: `Meta description too long: ${count} characters and ${formatNumber(px, l)} px, search engines will cut it. Shorten it to ${DESCRIPTION_MAX} characters (${formatNumber(max, l)} px).`,
    });
  }
  return say(ctx, {
    fr: `Méta-description trop longue : ${count} caractères. Raccourcissez-la à ${DESCRIPTION_MAX} caractères.`,
    en: `Meta description too long: ${count} characters. Shorten it to ${DESCRIPTION_MAX} characters.`,
  });
}
