import { formatNumber } from '../base/i18n';
import type { Rule, RuleContext } from './rule';
import { articleAnchor, say } from './rule';
import { stemmedWords } from '../french/words';
import { bodySentences } from '../article/body';
import { focusKeyphrase } from '../seo/focusKeyphrase';

export const keyphraseDensityRule: Rule = {
  meta: {
    id: 'keyphrase-density',
    name: { fr: 'Densité de l’expression clé', en: 'Keyphrase density' },
    description: {
      fr: 'L’expression clé revient dans le corps entre plume.keyphrase.minDensity % et plume.keyphrase.maxDensity % des mots (0,5 à 3 % par défaut). Une occurrence se compte par phrase qui contient tous ses mots porteurs de sens. Trop peu, le sujet est flou ; trop, le texte paraît écrit pour les robots.',
      en: 'The keyphrase occurs in the body in between plume.keyphrase.minDensity % and plume.keyphrase.maxDensity % of words (0.5 to 3 % by default). An occurrence counts per sentence holding all its content words. Too few and the topic is vague; too many and the text reads as written for robots.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'keyphrase',
    options: ['keyphrase.minDensity', 'keyphrase.maxDensity'],
  },
  check(ctx) {
    const m = measure(ctx);
    if (!m) return [];
    const { minDensity: min, maxDensity: max } = ctx.settings.keyphrase;
    if (m.density >= min && m.density <= max) return [];
    const l = ctx.locale;
    const kp = focusKeyphrase(ctx)!;
    const figure = `${formatNumber(m.density, l)} % (${formatNumber(m.count, l)} / ${formatNumber(m.words, l)})`;
    return [
      {
        span: articleAnchor(ctx.article),
        message:
          m.density < min
            ? say(ctx, {
                fr: `Densité de l’expression clé « ${kp.text} » : ${figure}, sous ${formatNumber(min, l)} %.`,
                en: `Keyphrase « ${kp.text} » density: ${figure}, below ${formatNumber(min, l)} %.`,
              })
            : say(ctx, {
                fr: `Densité de l’expression clé « ${kp.text} » : ${figure}, au-dessus de ${formatNumber(max, l)} %.`,
                en: `Keyphrase « ${kp.text} » density: ${figure}, above ${formatNumber(max, l)} %.`,
              }),
        data: { density: m.density, count: m.count },
      },
    ];
  },
  metrics(ctx) {
    const m = measure(ctx);
    return m ? { density: m.density, occurrences: m.count } : undefined;
  },
};

function measure(ctx: RuleContext): { density: number; count: number; words: number } | undefined {
  const kp = focusKeyphrase(ctx);
  const words = ctx.article.bodyWordCount;
  if (!kp || words === 0) return undefined;
  const stems = stemmedWords(ctx.article);
  let count = 0;
  for (const s of bodySentences(ctx.article)) count += kp.matcher.countStems(stems.slice(s.wordStart, s.wordEnd));
  // Occurrences count once per keyphrase, so density is per keyphrase, not per word of it.
  return { density: Math.round((10000 * count) / words) / 100, count, words };
}
