import { descriptionField } from '../seo/description';
import { charLength } from '../article/plainText';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from '../seo/description';
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
  },
  check(ctx) {
    const { article, settings, locale } = ctx;
    if (article.frontMatter?.error) return [];
    const field = descriptionField(article, settings.frontMatter.descriptionField);
    if (!field || typeof field.value !== 'string' || field.value.trim() === '') return [];
    const n = charLength(field.value.trim());
    if (n >= DESCRIPTION_MIN && n <= DESCRIPTION_MAX) return [];
    const count = formatNumber(n, locale);
    const message =
      n < DESCRIPTION_MIN
        ? say(ctx, {
            fr: `Méta-description trop courte : ${count} caractères (de ${DESCRIPTION_MIN} à ${DESCRIPTION_MAX} conseillés).`,
            en: `Meta description too short: ${count} characters (${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} advised).`,
          })
        : say(ctx, {
            fr: `Méta-description trop longue : ${count} caractères (de ${DESCRIPTION_MIN} à ${DESCRIPTION_MAX} conseillés).`,
            en: `Meta description too long: ${count} characters (${DESCRIPTION_MIN} to ${DESCRIPTION_MAX} advised).`,
          });
    return [{ span: field.valueSpan, message, data: { length: n } }];
  },
};
