import type { TextEdit } from '../base/edit';
import type { RuleFinding } from '../base/finding';
import { formatNumber } from '../base/i18n';
import { BULLET_MARKS, DASH_MARKS } from '../french/data/debris';
import { cleanupData } from './cleanup';
import { blockLines, blockLinesText, type Line } from './lines';
import type { Rule } from './rule';
import { say } from './rule';

const BULLET = new RegExp(`^[ \\t]*([${BULLET_MARKS}${DASH_MARKS}])[ \\t\\u00a0]+(?=\\S)`, 'u');

/** `BULLET` on any line of a block's text. */
const ANY_BULLET_LINE = new RegExp(BULLET.source, 'mu');

function markOf(article: { text: string }, line: Line): RegExpExecArray | null {
  return BULLET.exec(article.text.slice(line.start, line.end));
}

export const pseudoBulletsRule: Rule = {
  meta: {
    id: 'pseudo-bullets',
    name: { fr: 'Fausse liste à puces', en: 'Pseudo-bulleted list' },
    description: {
      fr: 'Des lignes qui commencent par « • » (ou « – » sur deux lignes de suite au moins) : une liste copiée comme du texte. Markdown en fait un seul paragraphe, les moteurs de recherche et les lecteurs d’écran n’y voient pas de liste. La correction (et la correction globale) en fait une vraie liste Markdown (« - »).',
      en: 'Lines starting with « • » (or « – » on at least two lines in a row): a list copied as text. Markdown makes it one paragraph; search engines and screen readers see no list. The fix (and fix-all) turns it into a real Markdown list (« - »).',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'structure',
  },
  check(ctx) {
    const { article } = ctx;
    const out: RuleFinding[] = [];
    article.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph' || i === article.titleBlock) return;
      // Most paragraphs have no line that starts with a mark: one search, no lines cut.
      if (!ANY_BULLET_LINE.test(blockLinesText(article, b))) return;
      const lines = blockLines(article, i);
      const marks = lines.map((l) => markOf(article, l));
      // Runs of marked lines; a dash counts only in a run of two or more.
      let k = 0;
      while (k < lines.length) {
        if (!marks[k]) {
          k++;
          continue;
        }
        let end = k;
        while (end + 1 < lines.length && marks[end + 1]) end++;
        const run = lines.slice(k, end + 1);
        const dashesOnly = run.every((_, j) => DASH_MARKS.includes(marks[k + j]![1]));
        if (!(dashesOnly && run.length < 2)) {
          const edits: TextEdit[] = run.map((line, j) => ({ start: line.start, end: line.start + marks[k + j]![0].length, newText: '- ' }));
          // A list must not continue the paragraph above, nor swallow the line below.
          if (k > 0) edits[0] = { ...edits[0], newText: '\n- ' };
          if (end + 1 < lines.length) edits.push({ start: run[run.length - 1].end, end: run[run.length - 1].end, newText: '\n' });
          const n = formatNumber(run.length, ctx.locale);
          out.push({
            span: { start: run[0].start, end: run[run.length - 1].end },
            message: say(ctx, {
              fr: `${run.length > 1 ? `${n} lignes commencent` : 'Une ligne commence'} par « ${marks[k]![1]} » : une liste copiée comme du texte, que Markdown ne voit pas. Faites-en une liste « - ».`,
              en: `${run.length > 1 ? `${n} lines start` : 'A line starts'} with « ${marks[k]![1]} »: a list copied as text, which Markdown does not see. Make it a « - » list.`,
            }),
            data: cleanupData(edits, { fr: 'En faire une liste Markdown', en: 'Make it a Markdown list' }, true, { items: run.length }),
          });
        }
        k = end + 1;
      }
    });
    return out;
  },
};
