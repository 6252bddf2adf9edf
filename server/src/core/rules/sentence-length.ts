import { formatNumber } from '../base/i18n';
import type { Rule, RuleContext } from './rule';
import { articleAnchor, say } from './rule';
import { percent } from './shared';
import { bodySentences } from '../article/body';

export const sentenceLengthRule: Rule = {
  meta: {
    id: 'sentence-length',
    name: { fr: 'Phrases longues', en: 'Long sentences' },
    description: {
      fr: 'Au plus plume.readability.maxLongSentenceShare % des phrases du corps (25 % par défaut) dépassent plume.readability.maxSentenceWords mots (20 par défaut). Les phrases longues obligent à garder beaucoup en tête ; sur écran, le lecteur décroche. Le diagnostic est posé sur la phrase la plus longue.',
      en: 'At most plume.readability.maxLongSentenceShare % of the body’s sentences (25 % by default) exceed plume.readability.maxSentenceWords words (20 by default). Long sentences make readers hold a lot in mind; on screen, they drop off. The diagnostic sits on the longest sentence.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'readability',
    options: ['readability.maxSentenceWords', 'readability.maxLongSentenceShare'],
  },
  check(ctx) {
    const m = measure(ctx);
    if (!m || m.share <= ctx.settings.readability.maxLongSentenceShare) return [];
    const l = ctx.locale;
    const { maxSentenceWords: max, maxLongSentenceShare: share } = ctx.settings.readability;
    return [
      {
        span: m.longest ?? articleAnchor(ctx.article),
        message: say(ctx, {
          fr: `${formatNumber(m.share, l)} % des phrases dépassent ${formatNumber(max, l)} mots (${formatNumber(m.long, l)} sur ${formatNumber(m.total, l)}) : visez ${formatNumber(share, l)} % au plus. Ici, la plus longue (${formatNumber(m.longestWords, l)} mots).`,
          en: `${formatNumber(m.share, l)} % of sentences exceed ${formatNumber(max, l)} words (${formatNumber(m.long, l)} of ${formatNumber(m.total, l)}): aim for ${formatNumber(share, l)} % at most. Here, the longest (${formatNumber(m.longestWords, l)} words).`,
        }),
        data: { share: m.share },
      },
    ];
  },
  metrics(ctx) {
    const m = measure(ctx);
    return m ? { longSentenceShare: m.share, sentences: m.total } : undefined;
  },
};

function measure(ctx: RuleContext) {
  const sentences = bodySentences(ctx.article);
  if (sentences.length === 0) return undefined;
  const max = ctx.settings.readability.maxSentenceWords;
  let long = 0;
  let longest = sentences[0];
  for (const s of sentences) {
    const n = s.wordEnd - s.wordStart;
    if (n > max) long++;
    if (n > longest.wordEnd - longest.wordStart) longest = s;
  }
  return {
    total: sentences.length,
    long,
    share: percent(long, sentences.length),
    longest: { start: longest.start, end: longest.end },
    longestWords: longest.wordEnd - longest.wordStart,
  };
}
