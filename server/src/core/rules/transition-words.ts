import { blockMemo } from '../article/blockMemo';
import { hasConnector } from '../french/connectors';
import { formatNumber } from '../base/i18n';
import type { Rule, RuleContext } from './rule';
import { articleAnchor, say } from './rule';
import { percent } from './shared';
import { blockFolded } from '../french/words';
import { isRunningText } from '../article/body';

export const transitionWordsRule: Rule = {
  meta: {
    id: 'transition-words',
    name: { fr: 'Mots de liaison', en: 'Transition words' },
    description: {
      fr: 'Dans un texte de plus de plume.readability.minWordsForTransitions mots (200 par défaut), au moins plume.readability.minTransitionShare % des phrases (30 % par défaut) contiennent un connecteur : « ensuite », « en revanche », « par exemple », « c’est pourquoi »… Ils montrent l’enchaînement des idées et guident la lecture. Les phrases des listes ne comptent pas : une énumération se passe de liaisons.',
      en: 'In a text over plume.readability.minWordsForTransitions words (200 by default), at least plume.readability.minTransitionShare % of sentences (30 % by default) contain a connector: « ensuite », « en revanche », « par exemple », « c’est pourquoi »… They show how ideas follow and guide the reader. Sentences in lists do not count: an enumeration needs no transitions.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'readability',
    options: ['readability.minTransitionShare', 'readability.minWordsForTransitions'],
  },
  check(ctx) {
    const m = measure(ctx);
    const min = ctx.settings.readability.minTransitionShare;
    if (!m || m.share >= min) return [];
    const l = ctx.locale;
    return [
      {
        span: articleAnchor(ctx.article),
        message: say(ctx, {
          fr: `${formatNumber(m.share, l)} % des phrases contiennent un mot de liaison (${formatNumber(m.with, l)} sur ${formatNumber(m.total, l)}) : visez ${formatNumber(min, l)} %.`,
          en: `${formatNumber(m.share, l)} % of sentences contain a transition word (${formatNumber(m.with, l)} of ${formatNumber(m.total, l)}): aim for ${formatNumber(min, l)} %.`,
        }),
        data: { share: m.share },
      },
    ];
  },
  metrics(ctx) {
    const m = measure(ctx);
    return m ? { transitionShare: m.share } : undefined;
  },
};

function measure(ctx: RuleContext) {
  const { article } = ctx;
  if (article.bodyWordCount <= ctx.settings.readability.minWordsForTransitions) return undefined;
  // The sentences of running text, block by block (paragraphs and quotes), each block's
  // count of sentences with a connector reused while its text is unchanged.
  let total = 0;
  let withConnector = 0;
  article.blocks.forEach((b, i) => {
    if (!isRunningText(article, b, i) || b.sentenceEnd === b.sentenceStart) return;
    total += b.sentenceEnd - b.sentenceStart;
    withConnector += blockMemo(article, 'connectors', i, () => {
      const folded = blockFolded(article, i);
      let n = 0;
      for (let k = b.sentenceStart; k < b.sentenceEnd; k++) {
        const s = article.sentences[k];
        if (hasConnector(folded.slice(s.wordStart - b.wordStart, s.wordEnd - b.wordStart))) n++;
      }
      return n;
    });
  });
  if (total === 0) return undefined;
  return { total, with: withConnector, share: percent(withConnector, total) };
}
