import type { RuleFinding } from '../base/finding';
import { formatNumber } from '../base/i18n';
import { cleanupData } from './cleanup';
import type { Rule } from './rule';
import { say } from './rule';

/** Two empty lines or more in a row (three line breaks). */
const RUN = /\n(?:[ \t\r]*\n){2,}/g;

/**
 * Empty lines before a heading, or around HTML, JSX components and code fences, set sections apart
 * on purpose in the source (Markdown renders them the same): a writer's layout, not debris.
 */
function sectionBreak(text: string, start: number, end: number): boolean {
  const next = text.slice(end, text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end)).trimStart();
  const previous = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trim();
  return /^(?:#|<|```|~~~|\{|\||---|\*\*\*)/.test(next) || /^(?:<|```|~~~|\|)|>$/.test(previous);
}

export const blankLinesRule: Rule = {
  meta: {
    id: 'blank-lines',
    name: { fr: 'Lignes vides en trop', en: 'Extra empty lines' },
    description: {
      fr: 'Plusieurs lignes vides de suite, là où Markdown n’en demande qu’une entre deux paragraphes : souvent la place d’une image ou d’un encart de la page copiée. La correction (et la correction globale) n’en garde qu’une. Les blocs de code ne sont pas concernés.',
      en: 'Several empty lines in a row, where Markdown needs one between paragraphs: often where an image or a box of the copied page was. The fix (and fix-all) keeps one. Code blocks are left alone.',
    },
    defaultSeverity: 'information',
    weight: 1,
    category: 'structure',
  },
  check(ctx) {
    const { article } = ctx;
    const code = article.blocks.filter((b) => b.kind === 'code' || b.kind === 'html').map((b) => b.span);
    const out: RuleFinding[] = [];
    RUN.lastIndex = article.bodyStart;
    for (let m = RUN.exec(article.text); m; m = RUN.exec(article.text)) {
      // A CRLF file: the run starts at the \r before the first \n, and keeps CRLF line ends.
      const crlf = m.index > 0 && article.text[m.index - 1] === '\r';
      const start = crlf ? m.index - 1 : m.index;
      const end = m.index + m[0].length;
      const eol = crlf ? '\r\n' : '\n';
      if (start < article.bodyStart || code.some((s) => s.start < end && start < s.end)) continue;
      if (sectionBreak(article.text, start, end)) continue;
      const empty = m[0].split('\n').length - 2;
      // The span ends before the last line break, and before its \r when it is a CRLF (never between the two).
      let spanEnd = end - 1;
      if (article.text[spanEnd - 1] === '\r') spanEnd--;
      out.push({
        span: { start: m.index + 1, end: Math.max(m.index + 1, spanEnd) },
        message: say(ctx, {
          fr: `${formatNumber(empty, ctx.locale)} lignes vides de suite : une seule suffit entre deux paragraphes.`,
          en: `${formatNumber(empty, ctx.locale)} empty lines in a row: one is enough between paragraphs.`,
        }),
        data: cleanupData([{ start, end, newText: eol + eol }], { fr: 'Ne garder qu’une ligne vide', en: 'Keep one empty line' }, true, { empty }),
      });
    }
    return out;
  },
};
