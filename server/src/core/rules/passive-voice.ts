import { blockMemo, blockOrigin } from '../article/blockMemo';
import { wordText } from '../article/wordText';
import type { Article } from '../article/model';
import type { Span } from '../base/span';
import { hasPassive } from '../french/passive';
import { formatNumber } from '../base/i18n';
import type { Rule, RuleContext } from './rule';
import { articleAnchor, say } from './rule';
import { percent } from './shared';
import { blockFolded } from '../french/words';
import { isBodyProse } from '../article/body';

export const passiveVoiceRule: Rule = {
  meta: {
    id: 'passive-voice',
    name: { fr: 'Voix passive', en: 'Passive voice' },
    description: {
      fr: 'Au plus plume.readability.maxPassiveShare % des phrases (10 % par défaut) sont à la voix passive : une forme d’« être » suivie d’un participe passé accordé (« les données sont collectées »). La voix active dit qui agit et se lit plus vite. Les formes pronominales (« s’est ») et les temps composés avec « être » (« est arrivé ») ne comptent pas.',
      en: 'At most plume.readability.maxPassiveShare % of sentences (10 % by default) are in the passive voice: a form of « être » followed by an agreeing past participle (« les données sont collectées »). The active voice says who acts and reads faster. Reflexive forms (« s’est ») and compound tenses with « être » (« est arrivé ») do not count.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'readability',
    options: ['readability.maxPassiveShare'],
  },
  check(ctx) {
    const m = measure(ctx);
    const max = ctx.settings.readability.maxPassiveShare;
    if (!m || m.share <= max) return [];
    const l = ctx.locale;
    return [
      {
        span: m.first ?? articleAnchor(ctx.article),
        message: say(ctx, {
          fr: `${formatNumber(m.share, l)} % des phrases sont au passif (${formatNumber(m.passive, l)} sur ${formatNumber(m.total, l)}), plus de ${formatNumber(max, l)} % : préférez la voix active. Ici, la première.`,
          en: `${formatNumber(m.share, l)} % of sentences are passive (${formatNumber(m.passive, l)} of ${formatNumber(m.total, l)}), more than ${formatNumber(max, l)} %: prefer the active voice. Here, the first one.`,
        }),
        data: { share: m.share },
      },
    ];
  },
  metrics(ctx) {
    const m = measure(ctx);
    return m ? { passiveShare: m.share } : undefined;
  },
};

function measure(ctx: RuleContext) {
  const { article } = ctx;
  // The body sentences (as `bodySentences` lists them), block by block: each block's passive count
  // and first passive sentence (relative to the block) are reused while its text is unchanged.
  let total = 0;
  let passive = 0;
  let first: { start: number; end: number } | undefined;
  article.blocks.forEach((b, i) => {
    if (!isBodyProse(article, b, i) || b.kind === 'table' || b.sentenceEnd === b.sentenceStart) return;
    total += b.sentenceEnd - b.sentenceStart;
    const part = blockMemo(article, 'passive', i, () => blockPassives(article, i, blockOrigin(article, i)));
    passive += part.count;
    if (!first && part.first) {
      const origin = blockOrigin(article, i);
      first = { start: part.first.start + origin, end: part.first.end + origin };
    }
  });
  if (total === 0) return undefined;
  return { total, passive, share: percent(passive, total), first };
}

/** Passive sentences of block `index`: how many, and the first one's span relative to `origin`. */
function blockPassives(article: Article, index: number, origin: number): { count: number; first?: Span } {
  const b = article.blocks[index];
  const folded = blockFolded(article, index);
  let count = 0;
  let first: Span | undefined;
  for (let k = b.sentenceStart; k < b.sentenceEnd; k++) {
    const s = article.sentences[k];
    const f = folded.slice(s.wordStart - b.wordStart, s.wordEnd - b.wordStart);
    const original = (j: number) => wordText(article, s.wordStart + j);
    if (hasPassive(f, original)) {
      count++;
      first ??= { start: s.start - origin, end: s.end - origin };
    }
  }
  return first ? { count, first } : { count };
}
