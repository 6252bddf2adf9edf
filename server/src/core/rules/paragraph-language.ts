import { blockMemo } from '../article/blockMemo';
import { wordText } from '../article/wordText';
import type { Article, Block } from '../article/model';
import { MIN_PARAGRAPH_WORDS, identifyParagraphWords } from '../french/paragraphLanguage';
import { formatNumber } from '../base/i18n';
import { inLanguage } from '../french/languageNames';
import type { Rule } from './rule';
import type { RuleFinding } from '../base/finding';
import { firstLine, say } from './rule';

export const paragraphLanguageRule: Rule = {
  meta: {
    id: 'paragraph-language',
    name: { fr: 'Paragraphe en langue étrangère', en: 'Foreign-language paragraph' },
    description: {
      fr: 'Chaque paragraphe du corps est en français. Un paragraphe dans une autre langue est souvent un reste de copier-coller : consigne laissée à un outil de rédaction (« Make this article seo compatible… »), mention « Source link », légende non traduite. Les lignes très courtes et celles qui ne contiennent que des noms propres (« Kelly Sullivan/Getty Images ») ne sont pas jugées ; des paragraphes étrangers qui se suivent sont signalés ensemble.',
      en: 'Every paragraph of the body is in French. A paragraph in another language is often a copy-and-paste leftover: an instruction left for a writing tool (« Make this article seo compatible… »), a « Source link » line, an untranslated caption. Very short lines and lines made only of proper names (« Kelly Sullivan/Getty Images ») are not judged; foreign paragraphs in a row are reported together.',
    },
    defaultSeverity: 'warning',
    weight: 3,
    category: 'language',
  },
  check(ctx) {
    const { article } = ctx;
    // Consecutive foreign blocks (an untranslated list, a pasted passage) make one finding, not one each.
    const runs: { first: Block; count: number; language: string }[] = [];
    let open: (typeof runs)[number] | undefined;
    article.blocks.forEach((b, i) => {
      if (i === article.titleBlock || b.wordEnd === b.wordStart) return;
      if (b.kind !== 'paragraph' && b.kind !== 'listItem' && b.kind !== 'quote') {
        if (b.kind === 'heading') open = undefined;
        return;
      }
      const language = b.wordEnd - b.wordStart < MIN_PARAGRAPH_WORDS ? 'und' : blockMemo(article, 'language', i, () => blockLanguage(article, b));
      if (language === 'und') return;
      if (language === 'fr') {
        open = undefined;
        return;
      }
      if (open && open.language === language) open.count++;
      else runs.push((open = { first: b, count: 1, language }));
    });
    return runs.map((run): RuleFinding => {
      const name = inLanguage(run.language);
      const n = formatNumber(run.count, ctx.locale);
      return {
        span: firstLine(article, run.first.span),
        message:
          run.count === 1
            ? say(ctx, {
                fr: `Ce paragraphe semble ${name.fr}, pas en français : traduisez-le ou supprimez-le s’il s’agit d’un reste de copier-coller.`,
                en: `This paragraph seems to be ${name.en}, not French: translate it, or remove it if it is a copy-and-paste leftover.`,
              })
            : say(ctx, {
                fr: `${n} paragraphes de suite semblent ${name.fr}, pas en français, à partir d’ici : traduisez-les ou supprimez-les.`,
                en: `${n} paragraphs in a row seem to be ${name.en}, not French, from here: translate or remove them.`,
              }),
        data: { language: run.language, paragraphs: run.count },
      };
    });
  },
};

function blockLanguage(article: Article, b: Block): string {
  const words: string[] = [];
  for (let k = b.wordStart; k < b.wordEnd; k++) words.push(wordText(article, k));
  return identifyParagraphWords(article.masked.slice(b.span.start, b.span.end), words);
}
