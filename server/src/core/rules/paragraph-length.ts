import { formatNumber } from '../base/i18n';
import type { Rule } from './rule';
import type { RuleFinding } from '../base/finding';
import { firstLine, say } from './rule';

export const paragraphLengthRule: Rule = {
  meta: {
    id: 'paragraph-length',
    name: { fr: 'Longueur des paragraphes', en: 'Paragraph length' },
    description: {
      fr: 'Un paragraphe de plus de plume.readability.maxParagraphWords mots (150 par défaut) forme un bloc compact, pénible à lire sur écran et surtout sur mobile : coupez-le là où l’idée change.',
      en: 'A paragraph over plume.readability.maxParagraphWords words (150 by default) is a dense block, tiring to read on screen and especially on mobile: split it where the idea changes.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'readability',
    options: ['readability.maxParagraphWords'],
  },
  check(ctx) {
    const { article } = ctx;
    const max = ctx.settings.readability.maxParagraphWords;
    const findings: RuleFinding[] = [];
    article.blocks.forEach((b, i) => {
      if (i === article.titleBlock || (b.kind !== 'paragraph' && b.kind !== 'quote' && b.kind !== 'listItem')) return;
      const n = b.wordEnd - b.wordStart;
      if (n <= max) return;
      findings.push({
        span: firstLine(article, b.span),
        message: say(ctx, {
          fr: `Paragraphe de ${formatNumber(n, ctx.locale)} mots (plus de ${formatNumber(max, ctx.locale)}) : coupez-le.`,
          en: `Paragraph of ${formatNumber(n, ctx.locale)} words (more than ${formatNumber(max, ctx.locale)}): split it.`,
        }),
        data: { words: n },
      });
    });
    return findings;
  },
};
