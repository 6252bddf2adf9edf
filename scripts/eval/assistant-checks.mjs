// How often the assistant's checks would drop what a human writer published: the titles, meta
// descriptions and H2/H3 headings of the corpus's French articles, each judged as if a model had
// proposed it, with the article's facts taken from the rest of the article (the item itself removed).
// A drop is not always wrong (a 700 px title is too wide for a results page either way): the reasons
// are counted so that each can be read.
//   node scripts/eval/assistant-checks.mjs [--fold=0|1] [--verbose]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot, loadBundle, parseTsv } from '../lib/load-core.mjs';

const m = await loadBundle(
  `export * from './server/src/core'; export * from './server/src/core/assistant/check';`,
  'assistant-checks',
);
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const fold = arg('fold');
const verbose = process.argv.includes('--verbose');
const rows = parseTsv(readFileSync(join(corpusRoot, 'MANIFEST.tsv'), 'utf8'));
const french = rows.filter((r, i) => r.language === 'fr' && (fold === undefined || i % 2 === Number(fold)));
m.preloadLanguageDetector();

const tally = { title: { n: 0, kept: 0, reasons: {} }, description: { n: 0, kept: 0, reasons: {} }, heading: { n: 0, kept: 0, reasons: {} } };
/** The reason without its particulars (numbers, quoted words), to group them. */
const kind = (fr) => fr.replace(/« [^»]* »/g, '« … »').replace(/\d+/g, 'N');

function judge(what, text, verdict, file) {
  const t = tally[what];
  t.n++;
  if (verdict.ok) t.kept++;
  else {
    const k = kind(verdict.reason.fr);
    t.reasons[k] = (t.reasons[k] ?? 0) + 1;
  }
  if (verbose && !verdict.ok) console.log(`${what}\t${verdict.reason.fr}\t${text}\t${file}`);
}

const settings = m.normalizeSettings({});
for (const row of french) {
  const text = readFileSync(join(corpusRoot, row.file), 'utf8');
  const article = m.parseArticle(text, { titleFields: settings.frontMatter.titleFields });
  const without = (span) => m.parseArticle(text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end), { titleFields: settings.frontMatter.titleFields });
  // No keyphrase requirement: most corpus articles have none, and a human title need not repeat it.
  const ctx = (rest, keepTitle = false) => ({ article: keepTitle ? article : { ...article, title: undefined, headings: rest.headings }, settings: { ...settings, frontMatter: { ...settings.frontMatter, keyphraseFields: ['__none__'] } }, facts: m.articleFacts(rest) });
  if (article.title) judge('title', article.title.text, m.checkTitle(article.title.text, ctx(without(article.title.span))), row.file);
  const desc = article.frontMatter?.fields.find((f) => f.key === settings.frontMatter.descriptionField);
  if (desc && typeof desc.value === 'string' && desc.value.trim() !== '') judge('description', desc.value.trim(), m.checkDescription(desc.value.trim(), ctx(without(desc.valueSpan))), row.file);
  article.headings.forEach((h, k) => {
    if (h.level !== 2 && h.level !== 3) return;
    const rest = without(h.span);
    const others = article.headings.filter((_, j) => j !== k);
    judge('heading', h.text, m.checkHeading(h.text, { ...ctx(rest), article: { ...article, headings: others } }), row.file);
  });
}

console.log(`French articles: ${french.length}${fold !== undefined ? ` (fold ${fold})` : ''}`);
for (const [what, t] of Object.entries(tally)) {
  console.log(`\n${what}s kept: ${t.kept}/${t.n} (${((100 * t.kept) / Math.max(1, t.n)).toFixed(1)} %)`);
  for (const [reason, n] of Object.entries(t.reasons).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${reason}`);
}
