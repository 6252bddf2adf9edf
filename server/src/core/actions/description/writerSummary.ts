import type { Article } from '../../article/model';
import { plainInline } from '../../article/plainText';

/** Front-matter fields where writers put their own summary of the article. */
export const SUMMARY_FIELDS = ['excerpt', 'summary', 'tagline', 'lead', 'chapo', 'chapeau', 'abstract'];

/**
 * The writer's own summary of the article, when there is one: a `summary`-like front-matter field,
 * a `::: lead` block, or a first paragraph set wholly in bold or italics (a chapô).
 */
export function writerSummary(article: Article): string | undefined {
  for (const key of SUMMARY_FIELDS) {
    const value = article.frontMatter?.fields.find((f) => f.key.toLowerCase() === key)?.value;
    if (typeof value === 'string' && value.trim().length >= 40) return clean(value);
  }
  const lead = /^:::+\s*\{?\.?(?:lead|chapo|chapeau|intro)\}?[ \t]*\r?\n([\s\S]*?)\r?\n:::+[ \t]*$/im.exec(article.text.slice(article.bodyStart));
  if (lead && lead[1].trim().length >= 40) return clean(plainInline(lead[1]));
  const first = article.blocks.find((b, i) => i !== article.titleBlock && b.kind === 'paragraph' && b.span.start >= article.bodyStart);
  if (first) {
    const raw = article.text.slice(first.span.start, first.span.end).trim();
    const m = /^(\*\*|__|\*|_)([\s\S]+)\1$/.exec(raw);
    if (m && !m[2].includes(m[1]) && m[2].trim().length >= 40) return clean(plainInline(m[2]));
  }
  return undefined;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
