// Child process: yoastseo's French SEO and readability analysis (SeoAssessor + ContentAssessor with the
// French Researcher, locale fr_FR) on one input. The Markdown is rendered to HTML with markdown-it first,
// timed apart; each run builds a fresh Paper and Researcher, as an edit would.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../lib/load-core.mjs';
import { readInput } from './inputs.mjs';
import { args, emit, summary, timeRuns } from './stats.mjs';

const require = createRequire(import.meta.url);
const { input, warmup, runs, budget } = args();
const core = require(join(repoRoot, 'out', 'core.cjs'));
const { Paper, ContentAssessor, SeoAssessor } = require('yoastseo');
const Researcher = require('yoastseo/build/languageProcessing/languages/fr/Researcher.js').default;
const MarkdownIt = require('markdown-it');

const text = readInput(input);
const article = core.analyze(text, core.normalizeSettings({})).article;
const md = new MarkdownIt({ html: true });
const body = text.slice(article.bodyStart);
const convert = timeRuns(() => md.render(body), { warmup: Number(warmup), runs: Number(runs), budgetMs: Number(budget) });
const html = md.render(body);
const attributes = {
  keyword: '',
  title: article.title?.text ?? '',
  description: '',
  locale: 'fr_FR',
  slug: 'article',
};
let results = 0;
const times = timeRuns(
  () => {
    const paper = new Paper(html, attributes);
    const researcher = new Researcher(paper);
    const seo = new SeoAssessor(researcher);
    seo.assess(paper);
    const content = new ContentAssessor(researcher);
    content.assess(paper);
    results = seo.getValidResults().length + content.getValidResults().length;
  },
  { warmup: Number(warmup), runs: Number(runs), budgetMs: Number(budget) },
);
emit({ ...summary(times), convert: summary(convert), findings: results });
