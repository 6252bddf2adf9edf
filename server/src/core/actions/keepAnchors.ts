// A fix that changes a heading's text changes its anchor: the page's own links to it (a table of
// contents) are updated in the same edit, so that nothing of the writer's breaks.
import { headingAnchorList, headingRaws, inPageFragment, stylesOf } from '../article/anchors';
import type { Article } from '../article/model';
import { applyEdits, type TextEdit } from '../base/edit';
import type { SlugStyle } from '../config/settings';

/**
 * `edits` plus, for every heading whose anchor they change (its own text, or a repeated heading's
 * number), edits of the in-page links that pointed to its old anchor, under the style that made the
 * link match, so that they point to its new one.
 */
export function withAnchorsKept(article: Article, edits: readonly TextEdit[], style: SlugStyle): TextEdit[] {
  const out = [...edits];
  if (edits.length === 0) return out;
  const links = article.links.filter((l) => inPageFragment(l) !== undefined);
  if (links.length === 0) return out;
  const before = headingRaws(article);
  let changed = false;
  const after = article.headings.map((h, i) => {
    const inside = edits.filter((e) => e.start >= h.textSpan.start && e.end <= h.textSpan.end);
    if (inside.length === 0) return before[i];
    changed = true;
    return applyEdits(before[i], inside.map((e) => ({ ...e, start: e.start - h.textSpan.start, end: e.end - h.textSpan.start })));
  });
  if (!changed) return out;
  const styles = stylesOf(style);
  const lists = styles.map((s) => ({ style: s, before: headingAnchorList(before, s), after: headingAnchorList(after, s) }));
  for (const link of links) {
    const fragment = inPageFragment(link)!;
    for (const l of lists) {
      const i = l.before.indexOf(fragment);
      if (i < 0) continue;
      // The first style that made the link match decides (the site's own when it is known).
      if (l.after[i] !== fragment) {
        const text = article.text.slice(link.span.start, link.span.end);
        const at = text.lastIndexOf(`#${link.url!.slice(1)}`);
        if (at >= 0) {
          const start = link.span.start + at + 1;
          out.push({ start, end: start + link.url!.length - 1, newText: l.style === 'markdown-it' ? encodeURI(l.after[i]) : l.after[i] });
        }
      }
      break;
    }
  }
  return out;
}
