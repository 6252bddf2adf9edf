import { identifyParagraphWords } from '../french/paragraphLanguage';
import { foldedWords } from './shared';
import type { Rule, RuleFinding } from './rule';
import { firstLine, say } from './rule';

const LANGUAGE_NAMES: Record<string, { fr: string; en: string }> = {
  en: { fr: 'en anglais', en: 'in English' },
  es: { fr: 'en espagnol', en: 'in Spanish' },
  de: { fr: 'en allemand', en: 'in German' },
  it: { fr: 'en italien', en: 'in Italian' },
  pt: { fr: 'en portugais', en: 'in Portuguese' },
  nl: { fr: 'en néerlandais', en: 'in Dutch' },
};

export const paragraphLanguageRule: Rule = {
  meta: {
    id: 'paragraph-language',
    name: { fr: 'Paragraphe en langue étrangère', en: 'Foreign-language paragraph' },
    description: {
      fr: 'Chaque paragraphe du corps est en français. Un paragraphe dans une autre langue est souvent un reste de copier-coller : consigne laissée à un outil de rédaction (« Make this article seo compatible… »), mention « Source link », légende non traduite. Les lignes très courtes et celles qui ne contiennent que des noms propres (« Kelly Sullivan/Getty Images ») ne sont pas jugées.',
      en: 'Every paragraph of the body is in French. A paragraph in another language is often a copy-and-paste leftover: an instruction left for a writing tool (« Make this article seo compatible… »), a « Source link » line, an untranslated caption. Very short lines and lines made only of proper names (« Kelly Sullivan/Getty Images ») are not judged.',
    },
    defaultSeverity: 'warning',
    category: 'language',
  },
  check(ctx) {
    const { article } = ctx;
    const findings: RuleFinding[] = [];
    article.blocks.forEach((b, i) => {
      if (i === article.titleBlock || (b.kind !== 'paragraph' && b.kind !== 'listItem' && b.kind !== 'quote')) return;
      if (b.wordEnd - b.wordStart < 4) return;
      const words = article.words.slice(b.wordStart, b.wordEnd).map((w) => article.masked.slice(w.start, w.end));
      const folded = foldedWords(article).slice(b.wordStart, b.wordEnd);
      const language = identifyParagraphWords(article.masked.slice(b.span.start, b.span.end), words, folded);
      if (language === 'fr' || language === 'und') return;
      const name = LANGUAGE_NAMES[language] ?? { fr: `en « ${language} »`, en: `in « ${language} »` };
      findings.push({
        span: firstLine(article, b.span),
        message: say(ctx, {
          fr: `Ce paragraphe semble ${name.fr}, pas en français : traduisez-le ou supprimez-le s’il s’agit d’un reste de copier-coller.`,
          en: `This paragraph seems to be ${name.en}, not French: translate it, or remove it if it is a copy-and-paste leftover.`,
        }),
        data: { language },
      });
    });
    return findings;
  },
};
