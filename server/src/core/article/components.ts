// Headings written inside a JSX component (`<DeepDive>`, `<Note>`, `<Challenges>` on react.dev):
// the component draws them as its own title, outside the page's outline.
import type { Article } from './model';

const cache = new WeakMap<Article, ReadonlySet<number>>();

/** Indices in `article.headings` of the headings inside an open capitalised component. */
export function headingsInComponents(article: Article): ReadonlySet<number> {
  let out = cache.get(article);
  if (out) return out;
  const inside = new Set<number>();
  const open: string[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'html') {
      const html = article.text.slice(block.span.start, block.span.end);
      for (const m of html.matchAll(/<(\/?)([A-Z][\w.]*)\b[^>]*?(\/?)>/g)) {
        if (m[3] === '/') continue; // <Component /> closes itself
        if (m[1] === '/') {
          const at = open.lastIndexOf(m[2]);
          if (at >= 0) open.length = at;
        } else open.push(m[2]);
      }
    } else if (block.kind === 'heading' && block.headingIndex !== undefined && open.length > 0) {
      inside.add(block.headingIndex);
    }
  }
  out = inside;
  cache.set(article, out);
  return out;
}
