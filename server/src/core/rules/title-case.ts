import type { RuleFinding } from '../base/finding';
import { FRENCH_FUNCTION_WORDS } from '../french/functionWords';
import { cleanupData } from './cleanup';
import type { Rule } from './rule';
import { say } from './rule';

const WORD = /[\p{L}][\p{L}’'-]*/gu;

export const titleCaseRule: Rule = {
  meta: {
    id: 'title-case',
    name: { fr: 'Majuscules à l’anglaise dans un titre', en: 'English Title Case in a heading' },
    description: {
      fr: 'Un intertitre ou un titre qui met une majuscule à chaque mot (« Comment Choisir Son Logiciel De Paie »), à l’anglaise. En français, seul le premier mot et les noms propres en prennent une. Signalé quand au moins deux mots après le premier ont une majuscule dont un mot grammatical (« De », « Son », « Pour ») : un nom propre n’en a pas. La correction met en minuscules les mots grammaticaux et les mots que l’article écrit ailleurs en minuscules.',
      en: 'A heading or title that capitalises every word (« Comment Choisir Son Logiciel De Paie »), the English way. In French only the first word and proper names take a capital. Reported when at least two words after the first are capitalised, one of them a function word (« De », « Son », « Pour »): a proper name has none. The fix lower-cases the function words and the words the article writes in lower case elsewhere.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'typography',
  },
  check(ctx) {
    const { article } = ctx;
    const out: RuleFinding[] = [];
    // The words the article writes in lower case, read only when a heading needs them.
    let lower: Set<string> | undefined;
    const lowerElsewhere = (word: string): boolean => {
      if (!lower) {
        lower = new Set();
        for (const w of article.words) {
          const t = article.masked.slice(w.start, w.end);
          if (t[0] === t[0].toLowerCase()) lower.add(t);
        }
      }
      return lower.has(word);
    };
    const headings = article.headings.map((h) => h.textSpan);
    if (article.title && article.title.source === 'frontMatter') headings.push(article.title.span);
    for (const span of headings) {
      const text = article.text.slice(span.start, span.end);
      const words = [...text.matchAll(WORD)];
      if (words.length < 3) continue;
      const later = words.slice(1).filter((m) => /^\p{Lu}\p{Ll}/u.test(m[0]));
      const functionWord = later.some((m) => FRENCH_FUNCTION_WORDS.has(m[0].toLowerCase()) && m[0].length > 1);
      if (later.length < 2 || !functionWord) continue;
      const edits = later
        .filter((m) => FRENCH_FUNCTION_WORDS.has(m[0].toLowerCase()) || lowerElsewhere(m[0].toLowerCase()))
        .map((m) => ({ start: span.start + m.index, end: span.start + m.index + 1, newText: m[0][0].toLowerCase() }));
      out.push({
        span,
        message: say(ctx, {
          fr: 'Majuscules à l’anglaise : en français, seul le premier mot et les noms propres prennent une majuscule.',
          en: 'English Title Case: in French only the first word and proper names are capitalised.',
        }),
        data: edits.length > 0 ? cleanupData(edits, { fr: 'Mettre les mots communs en minuscules', en: 'Lower-case the common words' }, false) : {},
      });
    }
    return out;
  },
};
