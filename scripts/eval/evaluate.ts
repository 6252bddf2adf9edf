// Measures « insert subheadings » and « generate the meta description » on the French articles of
// the development corpus, beside simple baselines. Run with `npm run eval` (see scripts/eval/run.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '../../server/src/core/article/parse';
import type { Article } from '../../server/src/core/article/model';
import { computeOutline, type OutlineTuning } from '../../server/src/core/actions/subheadings/outline';
import { buildUnits, type Unit } from '../../server/src/core/actions/subheadings/units';
import { nameSections } from '../../server/src/core/actions/subheadings/names';
import { contentTerm } from '../../server/src/core/french/stem';
import { generateDescription } from '../../server/src/core/actions/description/generate';
import { charLength, plainInline } from '../../server/src/core/article/plainText';
import { truncateAtWord, type SummaryWeights } from '../../server/src/core/actions/description/summarize';
import { DEFAULT_SETTINGS } from '../../server/src/core/config/settings';
import { proposeTitles } from '../../server/src/core/actions/titleProposals';
import { checkDescription, checkPhrase, copiesSentence } from '../../server/src/core/actions/checklist';
import { textWidth } from '../../server/src/core/seo/width';

const corpus = resolve(process.cwd(), '..', 'shared', 'corpus');
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');
const argValue = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** --params='{"cues":{…},"priors":{…}}' overrides the model's constants (to study them, not to ship them). */
const tuning = JSON.parse(argValue('params') ?? '{}') as OutlineTuning & { summary?: Partial<SummaryWeights> };
/** --fold=0 or --fold=1: only the even or odd articles of the manifest, to check a setting on files it was not chosen on. */
const fold = argValue('fold');
if (!existsSync(join(corpus, 'MANIFEST.tsv'))) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}

interface Row {
  file: string;
  language: string;
}
const lines = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
const header = lines[0].split('\t');
const rows: Row[] = lines.slice(1).map((l) => {
  const cells = l.split('\t');
  return { file: cells[header.indexOf('file')], language: cells[header.indexOf('language')] };
});
const french = rows.filter((r, i) => r.language === 'fr' && (fold === undefined || i % 2 === Number(fold)));
const parse = (text: string): Article => parseArticle(text, { titleFields: DEFAULT_SETTINGS.frontMatter.titleFields });

// ---------------------------------------------------------------- segmentation

/** Removes every heading of level 2 or more (its lines and one blank line after it); returns the text and where each was. */
function stripHeadings(article: Article): { text: string; cuts: { offset: number; level: number; title: string }[] } {
  const { text } = article;
  let out = '';
  let pos = 0;
  const cuts: { offset: number; level: number; title: string }[] = [];
  article.blocks.forEach((b, i) => {
    if (b.kind !== 'heading' || i === article.titleBlock || b.headingIndex === undefined) return;
    const { level, text: title } = article.headings[b.headingIndex];
    if (level < 2) return;
    const start = text.lastIndexOf('\n', b.span.start - 1) + 1;
    let end = text.indexOf('\n', b.span.end);
    end = end === -1 ? text.length : end + 1;
    const blank = /^[ \t]*\r?\n/.exec(text.slice(end));
    if (blank) end += blank[0].length;
    if (start < pos) return;
    out += text.slice(pos, start);
    cuts.push({ offset: out.length, level, title });
    pos = end;
  });
  return { text: out + text.slice(pos), cuts };
}

/** Index of the first unit starting at or after `offset` (units.length when none). */
function unitAt(units: readonly Unit[], offset: number): number {
  const i = units.findIndex((u) => u.offset >= offset);
  return i === -1 ? units.length : i;
}

function labels(n: number, boundaries: ReadonlySet<number>): number[] {
  const out: number[] = [];
  let label = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && boundaries.has(i)) label++;
    out.push(label);
  }
  return out;
}

/** Pk and WindowDiff over units, k = half the mean reference segment length (at least 2 units). */
function pkWindowDiff(n: number, ref: ReadonlySet<number>, hyp: ReadonlySet<number>): { pk: number; wd: number } {
  const segments = ref.size + 1;
  const k = Math.max(2, Math.round(n / segments / 2));
  const r = labels(n, ref);
  const h = labels(n, hyp);
  let pkErr = 0;
  let wdErr = 0;
  let total = 0;
  for (let i = 0; i + k < n; i++) {
    total++;
    if ((r[i] === r[i + k]) !== (h[i] === h[i + k])) pkErr++;
    if (r[i + k] - r[i] !== h[i + k] - h[i]) wdErr++;
  }
  return total === 0 ? { pk: 0, wd: 0 } : { pk: pkErr / total, wd: wdErr / total };
}

/** Cuts before the first paragraph after every 300 words. */
function every300(units: readonly Unit[]): Set<number> {
  const out = new Set<number>();
  let words = 0;
  units.forEach((u, i) => {
    if (i > 0 && words >= 300 && u.startsWithParagraph) {
      out.add(i);
      words = 0;
    }
    words += u.words;
  });
  return out;
}

// ---------------------------------------------------------------- heading names

/** A human heading as plain words: MDX anchors, attribute lists and HTML entities removed. */
function headingWords(title: string): string {
  const entities: Record<string, string> = { eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ocirc: 'ô', icirc: 'î', ucirc: 'û', ugrave: 'ù', ccedil: 'ç', rsquo: '’', nbsp: ' ', amp: '&' };
  return title
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/&(\w+);/g, (m, name: string) => entities[name] ?? ' ')
    .replace(/[`*_[\]()#]/g, ' ');
}

/** The stems of a text's content words (stop words left out): what a heading's subject is made of. */
function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu)) {
    const t = contentTerm(m[0]);
    if (t) out.push(t);
  }
  return out;
}

/** The section-opening baseline: the first five words of the section's first sentence. */
function openingWords(article: Article, unit: Unit): string {
  const block = article.blocks[unit.blockStart];
  const sentence = article.sentences[block.sentenceStart];
  if (!sentence) return '';
  return article.words.slice(sentence.wordStart, Math.min(sentence.wordEnd, sentence.wordStart + 5)).map((w) => article.masked.slice(w.start, w.end)).join(' ');
}

const names = { plume: [] as number[], opening: [] as number[], named: 0, sections: 0 };
/** Every generated heading, description and title, for the editor's checklist. */
const checklist = {
  headings: [] as { file: string; text: string; copies: boolean }[],
  descriptions: [] as { file: string; text: string; copies: boolean }[],
  titles: [] as { file: string; text: string }[],
};
/**
 * Names the human sections (at the human H2 boundaries) and compares each name with the human
 * heading: F1 over the stems of content words.
 */
function evaluateNames(file: string, article: Article, units: readonly Unit[], cuts: readonly { offset: number; level: number; title: string }[]): void {
  const starts: { unit: number; title: string }[] = [];
  for (const c of cuts) {
    if (c.level !== 2) continue;
    const unit = unitAt(units, c.offset);
    if (unit <= 0 || unit >= units.length || starts.some((s) => s.unit === unit)) continue;
    starts.push({ unit, title: headingWords(c.title) });
  }
  starts.sort((a, b) => a.unit - b.unit);
  const sections = starts.map((s, k) => ({ from: s.unit, to: starts[k + 1]?.unit ?? units.length }));
  const named = nameSections(article, units, sections, article.headings.map((h) => h.text));
  starts.forEach((s, k) => {
    const ref = contentStems(s.title);
    if (ref.length === 0) return;
    names.sections++;
    const name = named[k] ?? '';
    if (name) {
      names.named++;
      checklist.headings.push({ file, text: name, copies: copiesSentence(article, name) });
    }
    const opening = openingWords(article, units[s.unit]);
    names.plume.push(rouge1(contentStems(name), ref));
    names.opening.push(rouge1(contentStems(opening), ref));
    if (verbose) console.error(`${file}\n  human:   ${s.title}\n  plume:   ${name}\n  opening: ${opening}`);
  });
}

interface SegScores {
  pk: number;
  wd: number;
}
const segFiles0 = process.argv.includes('--descriptions-only') ? [] : french;
const seg = { plume: [] as SegScores[], every300: [] as SegScores[], none: [] as SegScores[], plumeH3: [] as SegScores[], every300H3: [] as SegScores[] };
let segFiles = 0;
let hypCount = 0;
let refCount = 0;
for (const row of segFiles0) {
  const original = parse(readFileSync(join(corpus, row.file), 'utf8'));
  if (original.headings.filter((h) => h.level === 2).length < 3) continue;
  const { text, cuts } = stripHeadings(original);
  const article = parse(text);
  const { units } = buildUnits(article);
  if (units.length < 4) continue;
  segFiles++;
  const refH2 = new Set(cuts.filter((c) => c.level === 2).map((c) => unitAt(units, c.offset)).filter((i) => i > 0 && i < units.length));
  const refH3 = new Set(cuts.filter((c) => c.level <= 3).map((c) => unitAt(units, c.offset)).filter((i) => i > 0 && i < units.length));
  const hyp = new Set(computeOutline(article, DEFAULT_SETTINGS.maxWordsPerSection, tuning).map((e) => unitAt(units, e.offset)));
  const base = every300(units);
  hypCount += hyp.size;
  refCount += refH2.size;
  seg.plume.push(pkWindowDiff(units.length, refH2, hyp));
  seg.every300.push(pkWindowDiff(units.length, refH2, base));
  seg.none.push(pkWindowDiff(units.length, refH2, new Set()));
  seg.plumeH3.push(pkWindowDiff(units.length, refH3, hyp));
  seg.every300H3.push(pkWindowDiff(units.length, refH3, base));
  if (verbose) console.error(`${row.file}\tunits=${units.length}\tref=${[...refH2].join(',')}\thyp=${[...hyp].join(',')}`);
  evaluateNames(row.file, article, units, cuts);
}
const mean = (xs: number[]): number => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const avg = (s: SegScores[]): SegScores => ({ pk: mean(s.map((x) => x.pk)), wd: mean(s.map((x) => x.wd)) });

// ---------------------------------------------------------------- descriptions

function tokens(text: string): string[] {
  return (text.toLowerCase().replace(/[’ʼ]/g, "'").match(/[\p{L}\p{N}]+/gu) ?? []).filter(Boolean);
}

function f1(overlap: number, a: number, b: number): number {
  if (overlap === 0 || a === 0 || b === 0) return 0;
  const p = overlap / a;
  const r = overlap / b;
  return (2 * p * r) / (p + r);
}

function rouge1(hyp: string[], ref: string[]): number {
  const counts = new Map<string, number>();
  for (const t of ref) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of hyp) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  return f1(overlap, hyp.length, ref.length);
}

function rougeL(hyp: string[], ref: string[]): number {
  const dp = new Array<number>(ref.length + 1).fill(0);
  for (let i = 1; i <= hyp.length; i++) {
    let prev = 0;
    for (let j = 1; j <= ref.length; j++) {
      const tmp = dp[j];
      dp[j] = hyp[i - 1] === ref[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
      prev = tmp;
    }
  }
  return f1(dp[ref.length], hyp.length, ref.length);
}

/** The lead baseline: the body's first sentences (paragraphs only), cut at 156 characters on a word. */
function lead(article: Article): string {
  let text = '';
  for (const [i, b] of article.blocks.entries()) {
    if (i === article.titleBlock || b.kind !== 'paragraph') continue;
    text += (text ? ' ' : '') + plainInline(article.text.slice(b.span.start, b.span.end));
    if (charLength(text) > 156) break;
  }
  return truncateAtWord(text, 156, 1) ?? text;
}

/** The lead baseline held to the same rules as Plume: the body's first whole sentences within 156 characters and 920 px. */
function wholeLead(article: Article): string {
  let text = '';
  for (const [i, b] of article.blocks.entries()) {
    if (i === article.titleBlock || b.kind !== 'paragraph') continue;
    for (const sentence of plainInline(article.text.slice(b.span.start, b.span.end)).split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const next = text ? `${text} ${sentence}` : sentence;
      if (charLength(next) > 156 || textWidth(next, 14) > 920) return text;
      text = next;
    }
  }
  return text;
}

const desc = { plumeR1: [] as number[], plumeRL: [] as number[], leadR1: [] as number[], leadRL: [] as number[], wholeR1: [] as number[], wholeRL: [] as number[] };
let withinRange = 0;
let longArticles = 0;
const lengths: number[] = [];
for (const row of process.argv.includes('--segmentation-only') ? [] : french) {
  const article = parse(readFileSync(join(corpus, row.file), 'utf8'));
  if (article.bodyWordCount >= 150) {
    longArticles++;
    const out = generateDescription(article, DEFAULT_SETTINGS, tuning.summary) ?? '';
    if (out) checklist.descriptions.push({ file: row.file, text: out, copies: copiesSentence(article, out) });
    for (const t of proposeTitles(article, DEFAULT_SETTINGS)) checklist.titles.push({ file: row.file, text: t.text });
    const n = charLength(out);
    lengths.push(n);
    if (n >= 120 && n <= 156) withinRange++;
    else if (verbose) console.error(`out of range (${n}): ${row.file}: ${out}`);
  }
  const ref = article.frontMatter?.fields.find((f) => f.key === 'description')?.value;
  if (typeof ref !== 'string' || ref.trim() === '') continue;
  const hyp = generateDescription(article, DEFAULT_SETTINGS, tuning.summary) ?? '';
  const base = lead(article);
  const r = tokens(ref);
  desc.plumeR1.push(rouge1(tokens(hyp), r));
  desc.plumeRL.push(rougeL(tokens(hyp), r));
  desc.leadR1.push(rouge1(tokens(base), r));
  desc.leadRL.push(rougeL(tokens(base), r));
  const whole = wholeLead(article);
  desc.wholeR1.push(rouge1(tokens(whole), r));
  desc.wholeRL.push(rougeL(tokens(whole), r));
  if (verbose) console.error(`${row.file}\n  ref:  ${ref}\n  hyp:  ${hyp}\n  lead: ${base}`);
}

const share = (xs: readonly unknown[], bad: (x: never) => boolean): number => (xs.length === 0 ? NaN : xs.filter((x) => bad(x as never)).length / xs.length);
const phraseChecks = (list: readonly { text: string }[]) => {
  const checks = list.map((x) => ({ ...x, check: checkPhrase(x.text) }));
  return {
    count: list.length,
    brokenEnding: share(checks, (c: (typeof checks)[number]) => c.check.brokenEnding !== undefined),
    agreement: share(checks, (c: (typeof checks)[number]) => c.check.agreement.length > 0),
    failures: checks.filter((c) => c.check.brokenEnding !== undefined || c.check.agreement.length > 0).map((c) => `${c.file}: ${c.text} [${c.check.brokenEnding ?? ''} ${c.check.agreement.map((p) => p.join('+')).join(' ')}]`),
  };
};
const descriptionChecks = checklist.descriptions.map((d) => ({ ...d, check: checkDescription(d.text), width: textWidth(d.text, 14), length: charLength(d.text) }));
type DC = (typeof descriptionChecks)[number];
const editorChecklist = {
  headings: { ...phraseChecks(checklist.headings), copiesSentence: share(checklist.headings, (h: { copies: boolean }) => h.copies) },
  titles: phraseChecks(checklist.titles),
  descriptions: {
    count: descriptionChecks.length,
    wholeSentences: share(descriptionChecks, (d: DC) => !d.check.midSentence && !d.check.ellipsis),
    midSentenceOrEllipsis: share(descriptionChecks, (d: DC) => d.check.midSentence || d.check.ellipsis),
    backReference: share(descriptionChecks, (d: DC) => d.check.backReference),
    agreement: share(descriptionChecks, (d: DC) => d.check.agreement.length > 0),
    repeatsSentence: share(descriptionChecks, (d: DC) => d.check.repeatsSentence),
    copiesSentence: share(descriptionChecks, (d: DC) => d.copies),
    withinLengthAndWidth: share(descriptionChecks, (d: DC) => d.length >= 120 && d.length <= 156 && d.width <= 920),
    failures: descriptionChecks.filter((d) => d.check.midSentence || d.check.ellipsis || d.check.backReference || d.check.repeatsSentence).map((d) => `${d.file}: ${d.text}`),
  },
};
if (process.argv.includes('--checklist-failures')) {
  for (const f of [...editorChecklist.headings.failures, ...editorChecklist.titles.failures, ...editorChecklist.descriptions.failures]) console.error(f);
}
if (process.argv.includes('--examples')) {
  for (const h of checklist.headings) console.error(`heading\t${h.file}\t${h.text}`);
  for (const d of checklist.descriptions) console.error(`description\t${d.file}\t${d.text}`);
  for (const t of checklist.titles) console.error(`title\t${t.file}\t${t.text}`);
}

const results = {
  checklist: {
    headings: { ...editorChecklist.headings, failures: undefined },
    titles: { ...editorChecklist.titles, failures: undefined },
    descriptions: { ...editorChecklist.descriptions, failures: undefined },
  },
  segmentation: {
    files: segFiles,
    referenceBoundaries: refCount,
    plumeBoundaries: hypCount,
    plume: avg(seg.plume),
    every300: avg(seg.every300),
    noBoundary: avg(seg.none),
    withH3Reference: { plume: avg(seg.plumeH3), every300: avg(seg.every300H3) },
  },
  names: {
    sections: names.sections,
    named: names.named,
    plume: mean(names.plume),
    opening: mean(names.opening),
  },
  descriptions: {
    files: desc.plumeR1.length,
    plume: { rouge1: mean(desc.plumeR1), rougeL: mean(desc.plumeRL) },
    lead: { rouge1: mean(desc.leadR1), rougeL: mean(desc.leadRL) },
    wholeSentenceLead: { rouge1: mean(desc.wholeR1), rougeL: mean(desc.wholeRL) },
    articlesOver150Words: longArticles,
    within120to156: withinRange,
  },
};

if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const f = (x: number): string => x.toFixed(3);
  const s = results.segmentation;
  const d = results.descriptions;
  console.log(`Segmentation: ${s.files} French articles with ≥ 3 H2 (headings removed), ${s.referenceBoundaries} reference H2 boundaries, ${s.plumeBoundaries} inserted; lower is better`);
  console.log('| method | Pk | WindowDiff |');
  console.log('|---|---|---|');
  console.log(`| Plume outline | ${f(s.plume.pk)} | ${f(s.plume.wd)} |`);
  console.log(`| cut every 300 words | ${f(s.every300.pk)} | ${f(s.every300.wd)} |`);
  console.log(`| no boundary | ${f(s.noBoundary.pk)} | ${f(s.noBoundary.wd)} |`);
  console.log(`| Plume, H2+H3 reference | ${f(s.withH3Reference.plume.pk)} | ${f(s.withH3Reference.plume.wd)} |`);
  console.log(`| every 300 words, H2+H3 reference | ${f(s.withH3Reference.every300.pk)} | ${f(s.withH3Reference.every300.wd)} |`);
  console.log('');
  const n = results.names;
  console.log(`Heading names: ${n.sections} human H2 sections of those articles named at the human boundaries (${n.named} named); F1 of content-word stems against the human heading, higher is better`);
  console.log('| method | stem F1 |');
  console.log('|---|---|');
  console.log(`| Plume names | ${f(n.plume)} |`);
  console.log(`| first five words of the section | ${f(n.opening)} |`);
  console.log('');
  console.log(`Descriptions: ${d.files} French articles with a human description; higher is better`);
  console.log('| method | ROUGE-1 F1 | ROUGE-L F1 |');
  console.log('|---|---|---|');
  console.log(`| Plume describe | ${f(d.plume.rouge1)} | ${f(d.plume.rougeL)} |`);
  console.log(`| lead (first sentences cut at 156) | ${f(d.lead.rouge1)} | ${f(d.lead.rougeL)} |`);
  console.log(`| lead, whole sentences within 156 characters and 920 px | ${f(d.wholeSentenceLead.rouge1)} | ${f(d.wholeSentenceLead.rougeL)} |`);
  console.log('');
  console.log(`Length: ${d.within120to156}/${d.articlesOver150Words} descriptions of French articles of ≥ 150 words are within 120–156 characters.`);
  console.log('');
  const c = editorChecklist;
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  console.log(`Editor's checklist over every generated text (${c.headings.count} headings, ${c.titles.count} titles, ${c.descriptions.count} descriptions); lower is better unless marked ↑`);
  console.log('| check | headings | titles | descriptions |');
  console.log('|---|---|---|---|');
  console.log(`| ends on a verb, preposition, determiner or conjunction | ${pct(c.headings.brokenEnding)} | ${pct(c.titles.brokenEnding)} | — |`);
  console.log(`| agreement error (lexicon) | ${pct(c.headings.agreement)} | ${pct(c.titles.agreement)} | ${pct(c.descriptions.agreement)} |`);
  console.log(`| whole sentences ↑ | — | — | ${pct(c.descriptions.wholeSentences)} |`);
  console.log(`| ends mid-sentence or holds « … » | — | — | ${pct(c.descriptions.midSentenceOrEllipsis)} |`);
  console.log(`| opens on a back-reference | — | — | ${pct(c.descriptions.backReference)} |`);
  console.log(`| says a sentence twice | — | — | ${pct(c.descriptions.repeatsSentence)} |`);
  console.log(`| copies a whole sentence of the text | ${pct(c.headings.copiesSentence)} | — | ${pct(c.descriptions.copiesSentence)} |`);
  console.log(`| within 120–156 characters and 920 px ↑ | — | — | ${pct(c.descriptions.withinLengthAndWidth)} |`);
}
