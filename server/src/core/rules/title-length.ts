import { formatNumber } from '../base/i18n';
import { textWidth } from '../seo/width';
import type { FindingOf } from '../base/finding';
import type { RuleOf } from './rule';
import { say } from './rule';

/** Results pages draw titles in Arial at 20 px. */
const TITLE_FONT_PX = 20;

/** The title's width and length, and the width in force (« shorten the title » aims under it). */
export type TitleLengthData = { readonly px: number; readonly chars: number; readonly maxPx: number };
export type TitleLengthFinding = FindingOf<'title-length', TitleLengthData>;

export const titleLengthRule: RuleOf<TitleLengthFinding> = {
  meta: {
    id: 'title-length',
    name: { fr: 'Largeur du titre', en: 'Title width' },
    description: {
      fr: 'Sur une page de résultats, le titre s’affiche en Arial 20 px et est coupé au-delà d’environ 600 px. Il mesure entre plume.serp.titleMinPx et plume.serp.titleMaxPx pixels (200 à 600 par défaut) : trop court, il n’occupe pas l’espace ; trop long, sa fin disparaît. La largeur vient des chasses d’une police métriquement identique à Arial.',
      en: 'On a results page the title is drawn in Arial 20 px and cut beyond about 600 px. It measures between plume.serp.titleMinPx and plume.serp.titleMaxPx pixels (200 to 600 by default): too short, it wastes the space; too long, its end disappears. Widths come from a font metric-compatible with Arial.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'structure',
    options: ['serp.titleMinPx', 'serp.titleMaxPx'],
  },
  check(ctx) {
    const title = ctx.article.title;
    if (!title || title.text.trim() === '') return [];
    const px = Math.round(textWidth(title.text, TITLE_FONT_PX));
    const chars = [...title.text].length;
    const { titleMinPx: min, titleMaxPx: max } = ctx.settings.serp;
    const l = ctx.locale;
    if (px > max) {
      return [
        {
          span: title.span,
          message: say(ctx, {
            fr: `Titre trop long pour la page de résultats : ${formatNumber(px, l)} px (${formatNumber(chars, l)} caractères), au-delà de ${formatNumber(max, l)} px il sera coupé.`,
            en: `Title too long for the results page: ${formatNumber(px, l)} px (${formatNumber(chars, l)} characters); beyond ${formatNumber(max, l)} px it is cut.`,
          }),
          data: { px, chars, maxPx: max },
        },
      ];
    }
    if (px < min) {
      return [
        {
          span: title.span,
          message: say(ctx, {
            fr: `Titre court : ${formatNumber(px, l)} px (${formatNumber(chars, l)} caractères), moins de ${formatNumber(min, l)} px. Précisez le sujet.`,
            en: `Short title: ${formatNumber(px, l)} px (${formatNumber(chars, l)} characters), under ${formatNumber(min, l)} px. Make the topic clearer.`,
          }),
          data: { px, chars, maxPx: max },
        },
      ];
    }
    return [];
  },
  metrics(ctx) {
    const title = ctx.article.title;
    return title ? { titlePx: Math.round(textWidth(title.text, TITLE_FONT_PX)), titleChars: [...title.text].length } : undefined;
  },
};
