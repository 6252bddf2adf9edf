import type { Article } from '../article/model';
import type { RuleFinding } from '../base/finding';
import { CREDIT_LINE, IMAGE_BANKS } from '../french/data/debris';
import { cleanupData } from './cleanup';
import { blockLines, keptBlockLines, lineWordCount, removeLinesEdit, type Line } from './lines';
import type { Rule } from './rule';
import { say } from './rule';

/** A credit is a short line: past this many words it is a sentence that cites an agency. */
const MAX_CREDIT_WORDS = 10;
/** A caption is one short sentence or a name above the credit. */
const MAX_CAPTION_WORDS = 30;

const BANKS = new RegExp(`(?:^|[\\s/(,©])(?:${IMAGE_BANKS.map((b) => b.replace(/\s+/g, '\\s+')).join('|')})(?:$|[\\s/),.])`, 'iu');

function isCredit(line: Line): boolean {
  const words = lineWordCount(line.text, MAX_CREDIT_WORDS);
  if (words === 0 || words > MAX_CREDIT_WORDS) return false;
  if (CREDIT_LINE.test(line.text)) return true;
  // « Kelly Sullivan/Getty Images », « AFP », « Photo Reuters »: a bank's name on a line that is not a sentence.
  return BANKS.test(line.text) && !/[.!?;:]$/.test(line.text.replace(/\)$/, '')) && !/\s(?:le|la|les|selon|a|est|ont|du|des)\s/iu.test(` ${line.text} `);
}

/** The paragraph before block `index` when it is all one short line (a caption or the picture's name). */
function captionBefore(article: Article, index: number): Line | undefined {
  const i = index - 1;
  const b = article.blocks[i];
  if (!b || b.kind !== 'paragraph' || i === article.titleBlock) return undefined;
  const lines = blockLines(article, i);
  if (lines.length !== 1) return undefined;
  const n = lineWordCount(lines[0].text, MAX_CAPTION_WORDS);
  return n > 0 && n <= MAX_CAPTION_WORDS ? lines[0] : undefined;
}

/**
 * A credit after a picture may be that picture's (a header image credited at the end): only a credit
 * in an article with no picture before it is surely a leftover.
 */
const PICTURE = /<img|<figure|!\[|\{%\s*(?:cloudinary|picture|image|img|figure|responsive_image)|\{\{<\s*(?:figure|img|image)/g;

/**
 * Whether block `index` has a picture before its end. `first` is the body's first picture markup,
 * looked for once per analysis (not once per credit over the whole text before it): the pattern has
 * no look-around, so a match inside the body before the block's end is one of the text too.
 */
function nearImage(article: Article, index: number, first: { start: number; end: number } | null): boolean {
  const to = article.blocks[index].span.end;
  if (article.images.some((img) => img.span.start < to)) return true;
  if (!first || first.start >= to) return false;
  if (first.end <= to) return true;
  // The first markup runs past the block's end: a shorter one may end before it (« {%  » cut short).
  PICTURE.lastIndex = 0;
  return PICTURE.test(article.text.slice(article.bodyStart, to));
}

function firstPicture(article: Article): { start: number; end: number } | null {
  PICTURE.lastIndex = article.bodyStart;
  const m = PICTURE.exec(article.text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

export const debrisCreditRule: Rule = {
  meta: {
    id: 'debris-credit',
    name: { fr: 'Crédit et légende de photo sans photo', en: 'Photo credit and caption without a photo' },
    description: {
      fr: 'Le crédit d’une photo de la page d’origine (« Kelly Sullivan/Getty Images », « Crédit photo : … », le nom d’une banque d’images), et sa légende juste au-dessus quand c’est un paragraphe d’une ligne. Sans la photo, ces lignes coupent le texte ; la correction (et la correction globale) les supprime. Remettez la photo avec un texte alternatif si vous en avez les droits.',
      en: 'The credit of a photo of the original page (« Kelly Sullivan/Getty Images », « Photo credit: … », an image bank’s name), and its caption just above when that is a one-line paragraph. Without the photo these lines break the text; the fix (and fix-all) removes them. Put the photo back with an alternative text if you hold its rights.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'language',
  },
  check(ctx) {
    const { article } = ctx;
    const out: RuleFinding[] = [];
    let picture: { start: number; end: number } | null | undefined;
    article.blocks.forEach((b, i) => {
      if (b.kind !== 'paragraph' || i === article.titleBlock) return;
      // Only the credit lines, memoised per block: the captions and the pictures are looked at for them alone.
      const { lines: credits, count } = keptBlockLines(article, 'debris-credit', i, isCredit);
      credits.forEach((line) => {
        if (picture === undefined) picture = firstPicture(article);
        if (nearImage(article, i, picture)) return;
        // The caption, and the picture's name above it (« Sergey Brin » / « Sergey Brin, cofondateur de Google. »).
        const captions: Line[] = [];
        if (line.rank === 0 && count === 1) {
          const caption = captionBefore(article, i);
          if (caption) {
            captions.unshift(caption);
            const name = captionBefore(article, caption.block);
            if (name && lineWordCount(name.text, 5) <= 5 && !/[.!?:]$/.test(name.text)) captions.unshift(name);
          }
        }
        const first = captions[0] ?? line;
        const removed = captions.length > 0 ? `${captions.map((c) => `« ${c.text} »`).join(', ')} et « ${line.text} »` : `« ${line.text} »`;
        const removedEn = captions.length > 0 ? `${captions.map((c) => `« ${c.text} »`).join(', ')} and « ${line.text} »` : `« ${line.text} »`;
        out.push({
          span: { start: line.start, end: line.end },
          message: say(ctx, {
            fr: captions.length > 0 ? `Crédit et légende d’une photo absente : supprimez ${removed}.` : `Crédit d’une photo absente : supprimez ${removed}.`,
            en: captions.length > 0 ? `Credit and caption of a missing photo: remove ${removedEn}.` : `Credit of a missing photo: remove ${removedEn}.`,
          }),
          data: cleanupData(
            [removeLinesEdit(article.text, first.start, line.end)],
            captions.length > 0 ? { fr: 'Supprimer le crédit et la légende', en: 'Remove the credit and the caption' } : { fr: 'Supprimer le crédit', en: 'Remove the credit' },
            true,
            { captions: captions.map((c) => c.text) },
          ),
        });
      });
    });
    return out;
  },
};
