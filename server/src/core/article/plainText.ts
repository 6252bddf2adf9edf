/** Kramdown and Pandoc attribute lists: « {: .lead } », « {title="…"} », « {#id .class} ». */
const ATTRIBUTE = String.raw`(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))`;
const ATTRIBUTE_LIST = new RegExp(String.raw`\{:?[ \t]*${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE})*[ \t]*\}`, 'g');

/**
 * The readable text of a Markdown inline span: links and emphasis reduced to their text, code kept
 * without its backticks, images, HTML tags, footnote marks, attribute lists and template tags dropped,
 * spaces collapsed.
 */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/\{%[^]*?%\}|\{\{[^]*?\}\}/g, ' ')
    .replace(ATTRIBUTE_LIST, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*\*|__|\*|_|~~)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m: string, name: string) => decodeEntity(name) ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç',
  ecirc: 'ê', ocirc: 'ô', icirc: 'î', ucirc: 'û', acirc: 'â', Eacute: 'É', oelig: 'œ', thinsp: '\u2009', nnbsp: '\u202f',
};

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name];
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : undefined;
}

/** Length in characters as a writer counts them (code points, not UTF-16 units). */
export function charLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}
