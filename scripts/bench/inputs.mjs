// The benchmark's inputs, built the same way on every run from the corpus (../shared/corpus):
// a ~700-word French article, the longest corpus article, and a ~100 000-word "book" made of French
// corpus articles. Without the corpus (a clean clone in CI), examples/raw-article.md stands in for all
// three, the book being the example repeated; the labels say so.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { corpusRoot, parseTsv, repoRoot } from '../lib/load-core.mjs';

const BOOK_WORDS = 100_000;

/** Removes a leading YAML/TOML front matter; returns the body and the title found there, if any. */
function splitFrontMatter(text) {
  const m = /^(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { body: text, title: undefined };
  const t = /^title\s*[:=]\s*["']?(.*?)["']?\s*$/m.exec(m[2]);
  return { body: text.slice(m[0].length), title: t?.[1] };
}

/** A book: one H1, then each article as a chapter (its title as H2, its own headings kept). */
function makeBook(articles) {
  const parts = ['---\ntitle: "Livre de test : articles du corpus bout à bout"\n---\n\n'];
  let words = 0;
  for (let i = 0; words < BOOK_WORDS; i = (i + 1) % articles.length) {
    const { text, words: n, label } = articles[i];
    const { body, title } = splitFrontMatter(text);
    parts.push(`## ${title ?? label}\n\n${body.trim()}\n\n`);
    words += n;
  }
  return parts.join('');
}

/**
 * The inputs; `core` (the bundled analysis core) counts words as Plume does, so that « 700 words » and
 * « 100 000 words » mean Plume's body word count.
 */
export function loadInputs(core) {
  const settings = core.normalizeSettings({});
  const count = (text) => core.parseArticle(text, { titleFields: settings.frontMatter.titleFields }).bodyWordCount;
  const manifest = join(corpusRoot, 'MANIFEST.tsv');
  if (!existsSync(manifest)) {
    const text = readFileSync(join(repoRoot, 'examples', 'raw-article.md'), 'utf8');
    const words = count(text);
    return {
      corpus: false,
      inputs: [
        { id: 'article', label: 'examples/raw-article.md (no corpus)', text },
        { id: 'longest', label: 'examples/raw-article.md (no corpus)', text },
        { id: 'book', label: `raw-article.md repeated (no corpus)`, text: makeBook([{ text, words, label: 'Chapitre' }]) },
      ],
    };
  }
  const rows = parseTsv(readFileSync(manifest, 'utf8'));
  const french = rows.filter((r) => r.language === 'fr').sort((a, b) => (a.file < b.file ? -1 : 1));
  const read = (r) => readFileSync(join(corpusRoot, r.file), 'utf8');
  const articles = french.map((r) => {
    const text = read(r);
    return { row: r, text, words: count(text), label: r.title };
  });
  // The French article whose word count is closest to 700.
  const article = articles.reduce((best, a) => (Math.abs(a.words - 700) < Math.abs(best.words - 700) ? a : best));
  let longest = rows[0];
  for (const r of rows) if (statSync(join(corpusRoot, r.file)).size > statSync(join(corpusRoot, longest.file)).size) longest = r;
  const book = makeBook(articles);
  return {
    corpus: true,
    inputs: [
      { id: 'article', label: article.row.file.split('/').pop(), text: article.text },
      { id: 'longest', label: `${longest.file.split('/').pop()}`, text: read(longest) },
      { id: 'book', label: 'French corpus articles end to end', text: book },
    ],
  };
}

/** Where `npm run bench` leaves the inputs it built, so that its child processes read them at once. */
const cacheDir = join(repoRoot, 'out', 'bench-inputs');

/** Writes the inputs for the child processes (building them costs each child ~2 s otherwise). */
export function saveInputs(inputs) {
  mkdirSync(cacheDir, { recursive: true });
  for (const i of inputs) writeFileSync(join(cacheDir, `${i.id}.md`), i.text);
}

/** The text of one input: the one `npm run bench` saved, else built afresh (a child run by hand). */
export function readInput(id) {
  const saved = join(cacheDir, `${id}.md`);
  if (existsSync(saved)) return readFileSync(saved, 'utf8');
  const core = createRequire(import.meta.url)(join(repoRoot, 'out', 'core.cjs'));
  return loadInputs(core).inputs.find((i) => i.id === id).text;
}
