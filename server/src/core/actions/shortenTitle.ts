import { isFindingOf, type Finding } from '../base/finding';
import type { TitleLengthFinding } from '../rules/title-length';
import { FRENCH_FUNCTION_WORDS } from '../french/functionWords';
import { foldWord } from '../base/letters';
import type { Action, ActionContext, EagerActionProvider } from './action';
import { replaceTitleEdit } from './titleEdit';
import { frenchPart } from '../seo/title';
import { MAX_TITLE_WIDTH, titleWidth, type TitleWidthMeasure } from './titleWidth';

/** Separators and punctuation that must not end a title. */
const TRAILING = /[\s:;,|·—–\-/(«"“'’]+$/u;

/** Whether the last word of `text` would dangle: an article, a preposition, a conjunction, an elision. */
function endsDangling(text: string): boolean {
  const last = /([\p{L}\p{N}'’-]+)$/u.exec(text)?.[1];
  if (!last) return false;
  const f = foldWord(last);
  return FRENCH_FUNCTION_WORDS.has(f) || /^(?:l|d|qu|jusqu|lorsqu|puisqu)'$/.test(f);
}

/** Removes an opening « ( [ left without its closing mark, with what follows. */
function dropUnclosed(text: string): string {
  for (const [open, close] of [['«', '»'], ['(', ')'], ['[', ']'], ['“', '”']]) {
    const at = text.lastIndexOf(open);
    if (at >= 0 && text.indexOf(close, at) < 0) text = text.slice(0, at);
  }
  return text;
}

/**
 * The longest beginning of `title` that fits in `maxWidth`, cut between words, never ending on an
 * article, a preposition or a separator; a cut at a separator (« : », « — », « | ») is preferred
 * when it keeps most of the text. Undefined when nothing sensible fits.
 */
export function shortenTitle(title: string, maxWidth = MAX_TITLE_WIDTH, measure: TitleWidthMeasure = titleWidth): string | undefined {
  if (measure(title) <= maxWidth) return title;
  const ends: number[] = [];
  const word = /[^\s]+/g;
  for (let m = word.exec(title); m; m = word.exec(title)) ends.push(m.index + m[0].length);
  let best: string | undefined;
  for (let i = ends.length - 1; i >= 0; i--) {
    let cut = dropUnclosed(title.slice(0, ends[i])).replace(TRAILING, '');
    while (cut && endsDangling(cut)) cut = cut.replace(/[\p{L}\p{N}'’-]+$/u, '').replace(TRAILING, '');
    if (cut && measure(cut) <= maxWidth) {
      best = cut;
      break;
    }
  }
  if (!best || !/\p{L}/u.test(best)) return undefined;
  const sep = /\s*(?:[:|·—–]|\s-\s)\s*/g;
  let atSep: string | undefined;
  for (let m = sep.exec(best); m; m = sep.exec(best)) atSep = best.slice(0, m.index);
  if (atSep && atSep.length >= best.length * 0.6 && !endsDangling(atSep)) return atSep;
  return best;
}


export const shortenTitleActions: EagerActionProvider = {
  id: 'shortenTitle',
  fixes(ctx: ActionContext, finding: Finding): readonly Action[] {
    if (!isFindingOf<TitleLengthFinding>(finding, 'title-length') || !ctx.article.title) return [];
    // A short title is flagged too; only a long one is shortened, under the width in force.
    if (finding.data.px <= finding.data.maxPx) return [];
    // Shorten what will remain once a pasted instruction is dropped (« Customize this title in french »),
    // never a cut that keeps the instruction and loses the French.
    const short = shortenTitle(frenchPart(ctx.article.title.text), finding.data.maxPx);
    if (!short || short === ctx.article.title.text) return [];
    const edit = replaceTitleEdit(ctx.article, short);
    if (!edit) return [];
    const px = Math.round(titleWidth(short));
    return [
      {
        id: 'shortenTitle',
        title: ctx.locale === 'fr' ? `Raccourcir : « ${short} » (${px} px)` : `Shorten: « ${short} » (${px} px)`,
        kind: 'quickfix',
        edits: [edit],
        finding,
      },
    ];
  },
};
