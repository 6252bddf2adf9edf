import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectConventions } from './detect';
import { headingOffsetInCode } from './configFiles';
import { writeProjectFile } from './init';
import { conventionsToConfig, describeConventions } from '../../config/conventions';
import { mergeConfig, parseProjectConfig } from '../../config/projectConfig';
import { normalizeSettings } from '../../config/settings';

const eleventyInline = `module.exports = function (eleventyConfig) {
  const md = markdownIt({ html: true });
  // our titles are the page's H1: shift body headings one level down
  md.renderer.rules.heading_open = (tokens, idx) => { const level = Number(tokens[idx].tag.slice(1)); return \`<h\${level + 1}>\`; };
  eleventyConfig.setLibrary('md', md.use(markdownItAnchor));
};`;

test('heading offset read from code as text, several ways of writing it', () => {
  assert.equal(headingOffsetInCode(eleventyInline), 1);
  assert.equal(headingOffsetInCode('md.use(require("markdown-it-shift-headings"), { shiftHeadings: 1 })'), 1);
  assert.equal(headingOffsetInCode("md.use(demote, { levelOffset: 2 })"), 2);
  assert.equal(headingOffsetInCode("md.use(plugin, { baseLevel: 2 })"), 1);
  assert.equal(headingOffsetInCode('module.exports = () => ({ dir: { input: "src" } })'), undefined);
});

test('Eleventy: the offset and the anchor style from .eleventy.js, never executed', () => {
  const c = detectConventions({ configs: [{ path: 'site/.eleventy.js', text: eleventyInline }], articles: [] });
  assert.equal(c.generator?.value, 'eleventy');
  assert.deepEqual(c.headingOffset, { value: 1, evidence: { kind: 'config', file: '.eleventy.js' } });
  assert.equal(c.slugStyle?.value, 'markdown-it');
  assert.equal(conventionsToConfig(c).headingOffset, 1);
});

test('Jekyll: jekyll-seo-tag takes the excerpt, the separator and permalink are read', () => {
  const config = 'title: Blog\npermalink: pretty\nexcerpt_separator: <!-- excerpt -->\nkramdown:\n  input: GFM\nplugins:\n  - jekyll-seo-tag\n';
  const c = detectConventions({ configs: [{ path: '_config.yml', text: config }], articles: [] });
  assert.equal(c.generator?.value, 'jekyll');
  assert.equal(c.descriptionFromExcerpt?.value, true);
  assert.equal(c.excerptSeparator?.value, '<!-- excerpt -->');
  assert.equal(c.permalink?.value, 'pretty');
  assert.equal(c.slugStyle?.value, 'github');
});

test('Astro: the description and title fields of the content schema', () => {
  const schema = "const blog = defineCollection({ schema: z.object({ heading: z.string(), tagline: z.string().optional(), pubDate: z.date() }) });";
  const c = detectConventions({ configs: [{ path: 'src/content/config.ts', text: schema }], articles: [] });
  assert.deepEqual(c.descriptionFields?.value, ['tagline']);
  assert.deepEqual(c.titleFields?.value, ['heading']);
});

test('Hugo, Docusaurus, MkDocs: the generator and its conventions', () => {
  assert.equal(detectConventions({ configs: [{ path: 'hugo.toml', text: 'baseURL = "https://x.fr"\n[permalinks]\nposts = "/:slug/"\n' }], articles: [] }).permalink?.value, '/:slug/');
  assert.equal(detectConventions({ configs: [{ path: 'docusaurus.config.js', text: 'module.exports = {}' }], articles: [] }).descriptionFromExcerpt?.value, true);
  assert.equal(detectConventions({ configs: [{ path: 'mkdocs.yml', text: 'site_name: X\n' }], articles: [] }).slugStyle?.value, 'mkdocs');
});

const article = (fm: string, body: string): { path: string; text: string } => ({ path: 'a.md', text: `---\n${fm}\n---\n\n${body}\n` });

test('inferred from the articles when the configuration says nothing, and said so', () => {
  const articles = [1, 2, 3, 4].map((i) => article(`title: Article ${i}\nexcerpt: Résumé ${i}`, `# Partie\n\nTexte.\n\n# Autre partie\n\nTexte.`));
  const c = detectConventions({ configs: [{ path: '.eleventy.js', text: 'module.exports = () => ({})' }], articles });
  assert.deepEqual(c.headingOffset, { value: 1, evidence: { kind: 'inferred', articles: 4, of: 4 } });
  assert.deepEqual(c.descriptionFields?.value, ['excerpt', 'description']);
  assert.deepEqual(c.unread, ['.eleventy.js']);
  const lines = describeConventions(c, 'fr');
  assert.ok(lines.includes('Niveaux des titres\u00a0: un « # » du corps s’affiche en H2 (déduit de 4 articles sur 4)'), lines.join('\n'));
  // Most articles with one body « # » repeating the title: no offset.
  const plain = [1, 2, 3].map((i) => article(`title: A${i}\ndescription: D`, '# A\n\nTexte.'));
  assert.equal(detectConventions({ configs: [], articles: plain }).headingOffset, undefined);
});

test('link components seen in the articles', () => {
  const articles = [1, 2, 3].map(() => article('title: T', 'Voir <Button href="/x">ici</Button>.'));
  assert.deepEqual(detectConventions({ configs: [], articles }).linkComponents?.value, ['Button']);
});

test('plume init: a commented .plumerc.json that reads back as the detected settings, and settings override it', () => {
  const articles = [1, 2, 3].map((i) => article(`title: T${i}\nsummary: S`, '# P\n\nx\n\n# Q\n\ny'));
  const c = detectConventions({ configs: [{ path: '_config.yml', text: 'plugins: [jekyll-seo-tag]\n' }], articles });
  const file = writeProjectFile(c, 'fr');
  assert.match(file, /\/\/ Réglages Plume du site/);
  const parsed = parseProjectConfig(file);
  assert.ok(parsed.ok);
  const settings = normalizeSettings(mergeConfig(parsed.config, {}));
  assert.equal(settings.headingOffset, 1);
  assert.deepEqual(settings.frontMatter.descriptionFields, ['summary', 'description']);
  assert.equal(settings.descriptionFromExcerpt, true);
  // The editor's settings come first.
  assert.equal(normalizeSettings(mergeConfig(parsed.config, { headingOffset: 2 })).headingOffset, 2);
});
