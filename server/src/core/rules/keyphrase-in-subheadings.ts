import { formatNumber } from '../base/i18n';
import type { Rule } from './rule';
import { articleAnchor, say } from './rule';
import { percent } from './shared';
import { focusKeyphrase } from '../seo/focusKeyphrase';
import { renderedLevel } from '../config/settings';

export const keyphraseInSubheadingsRule: Rule = {
  meta: {
    id: 'keyphrase-in-subheadings',
    name: { fr: 'Expression clé dans les intertitres', en: 'Keyphrase in subheadings' },
    description: {
      fr: 'Quand l’article a des intertitres H2 ou H3, entre plume.keyphrase.minSubheadingShare % et plume.keyphrase.maxSubheadingShare % d’entre eux (30 à 75 % par défaut) reprennent l’expression clé ou ses mots : assez pour montrer la structure du sujet, pas au point de sur-optimiser.',
      en: 'When the article has H2 or H3 subheadings, between plume.keyphrase.minSubheadingShare % and plume.keyphrase.maxSubheadingShare % of them (30 to 75 % by default) contain the keyphrase or its words: enough to show the topic’s structure, not so many that it reads as over-optimised.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'keyphrase',
    options: ['keyphrase.minSubheadingShare', 'keyphrase.maxSubheadingShare'],
  },
  check(ctx) {
    const m = measure(ctx);
    if (!m) return [];
    const { min, max } = { min: ctx.settings.keyphrase.minSubheadingShare, max: ctx.settings.keyphrase.maxSubheadingShare };
    if (m.share >= min && m.share <= max) return [];
    const l = ctx.locale;
    const figures = `${formatNumber(m.matching, l)}/${formatNumber(m.total, l)}`;
    const kp = focusKeyphrase(ctx)!;
    const anchor = m.firstSubheading ?? articleAnchor(ctx.article);
    return [
      {
        span: anchor,
        message:
          m.share < min
            ? say(ctx, {
                fr: `${figures} intertitres contiennent l’expression clé « ${kp.text} » (${formatNumber(m.share, l)} %) : visez au moins ${formatNumber(min, l)} %.`,
                en: `${figures} subheadings contain the keyphrase « ${kp.text} » (${formatNumber(m.share, l)} %): aim for at least ${formatNumber(min, l)} %.`,
              })
            : say(ctx, {
                fr: `${figures} intertitres contiennent l’expression clé « ${kp.text} » (${formatNumber(m.share, l)} %) : au-delà de ${formatNumber(max, l)} %, variez-les.`,
                en: `${figures} subheadings contain the keyphrase « ${kp.text} » (${formatNumber(m.share, l)} %): above ${formatNumber(max, l)} %, vary them.`,
              }),
        data: { share: m.share },
      },
    ];
  },
  metrics(ctx) {
    const m = measure(ctx);
    return m ? { subheadingShare: m.share, subheadings: m.total } : undefined;
  },
};

function measure(ctx: Parameters<Rule['check']>[0]) {
  const kp = focusKeyphrase(ctx);
  if (!kp) return undefined;
  const subs = ctx.article.headings.filter((h) => {
    const level = renderedLevel(h.level, ctx.settings);
    return level === 2 || level === 3;
  });
  if (subs.length === 0) return undefined;
  const matching = subs.filter((h) => kp.matcher.matches(h.text)).length;
  return { total: subs.length, matching, share: percent(matching, subs.length), firstSubheading: subs[0].textSpan };
}
