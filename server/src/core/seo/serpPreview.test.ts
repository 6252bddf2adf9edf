import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../article/parse';
import { normalizeSettings } from '../config/settings';
import { charCount, ELLIPSIS, fitSnippet, hoverMarkdown, inlayLabel, previewOf, serpFields, SERP_BOXES, type Measure } from './serpPreview';
import { textWidth } from './width';

/** Every character 10 px wide at any size: makes the expected cuts easy to compute by hand. */
const mono: Measure = (text) => [...text].length * 10;

test('a text that fits is shown whole, on one line', () => {
  const fit = fitSnippet('Un titre court', { lines: 1, lineWidth: 600, fontPx: 20 }, mono);
  assert.deepEqual(fit.lines, ['Un titre court']);
  assert.equal(fit.truncated, false);
  assert.equal(fit.width, 140);
  assert.equal(fit.budget, 600);
});

test('a long text is cut at a word boundary and ends with « … » within the width', () => {
  // 10 characters fit a line of 100 px.
  const fit = fitSnippet('aaa bbb ccc ddd', { lines: 1, lineWidth: 100, fontPx: 20 }, mono);
  assert.equal(fit.truncated, true);
  assert.deepEqual(fit.lines, [`aaa bbb ${ELLIPSIS}`]);
  assert.ok(mono(fit.lines[0], 20) <= 100);
});

test('on two lines the text wraps first, then the second line is cut', () => {
  const fit = fitSnippet('aaa bbb ccc ddd eee fff', { lines: 2, lineWidth: 80, fontPx: 20 }, mono);
  assert.deepEqual(fit.lines, ['aaa bbb', `ccc ${ELLIPSIS}`]);
  assert.equal(fit.truncated, true);
  assert.equal(fit.budget, 160);
});

test('a single word wider than the line is cut by characters', () => {
  const fit = fitSnippet('anticonstitutionnellement', { lines: 1, lineWidth: 100, fontPx: 20 }, mono);
  assert.equal(fit.truncated, true);
  assert.ok(fit.lines[0].endsWith(ELLIPSIS));
  assert.ok(mono(fit.lines[0], 20) <= 100, fit.lines[0]);
  assert.ok('anticonstitutionnellement'.startsWith(fit.lines[0].slice(0, -1)));
});

test('whitespace is collapsed and characters are counted as code points', () => {
  assert.equal(charCount('  Été\n  à Paris 😀 '), 13);
  assert.deepEqual(fitSnippet('a\n\n  b', { lines: 1, lineWidth: 600, fontPx: 20 }, mono).lines, ['a b']);
  assert.deepEqual(fitSnippet('', { lines: 1, lineWidth: 600, fontPx: 20 }, mono).lines, []);
});

test('Arial widths: wide letters are wider, accents take their base letter, size scales', () => {
  assert.ok(textWidth('WWW', 20) > textWidth('iii', 20) * 3);
  assert.equal(textWidth('é', 20), textWidth('e', 20));
  assert.equal(textWidth('abc', 20), textWidth('abc', 10) * 2);
  // 60 average French characters at 20 px land near Google's 600 px line, as SEO guides observe.
  const w = textWidth('Les grands patrons de la tech se battent pour l’expertise IA', 20);
  assert.ok(w > 450 && w < 650, String(w));
});

test('a real title over 600 px is cut on desktop but wraps on mobile', () => {
  const title = 'Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en intelligence artificielle';
  const p = previewOf({ part: 'title', text: title, span: { start: 0, end: title.length }, source: 'heading' });
  assert.equal(p.desktop.truncated, true);
  assert.equal(p.desktop.lines.length, 1);
  assert.ok(textWidth(p.desktop.lines[0], 20) <= SERP_BOXES.desktop.title.lineWidth);
  assert.equal(p.mobile.lines.length, 2);
  assert.equal(p.chars, [...title].length);
});

test('fields: front-matter title and description values, quotes excluded', () => {
  const text = '---\ntitle: "Mon titre"\ndescription: Une description courte.\n---\n\nPremier paragraphe.\n';
  const f = serpFields(parseArticle(text, { titleFields: ['title'] }), normalizeSettings({}));
  assert.equal(f.title?.text, 'Mon titre');
  assert.equal(text.slice(f.title!.span.start, f.title!.span.end), 'Mon titre');
  assert.equal(f.description?.source, 'frontMatter');
  assert.equal(text.slice(f.description!.span.start, f.description!.span.end), 'Une description courte.');
});

test('fields: without a description the first paragraph stands in, and a # title is found', () => {
  const text = '# Le titre\n\nLe *premier* paragraphe du texte.\n\nUn autre.\n';
  const f = serpFields(parseArticle(text, { titleFields: ['title'] }), normalizeSettings({}));
  assert.equal(f.title?.text, 'Le titre');
  assert.equal(f.description?.source, 'excerpt');
  assert.match(f.description!.text, /^Le premier paragraphe du texte\.$/);
});

test('labels and hover in French and English', () => {
  const p = previewOf({ part: 'title', text: 'Un titre', span: { start: 0, end: 8 }, source: 'heading' }, mono);
  assert.equal(inlayLabel(p, 'fr'), '8 car. · 80/600 px');
  assert.equal(inlayLabel(p, 'en'), '8 chars · 80/600 px');
  const fr = hoverMarkdown(p, 'fr');
  assert.match(fr, /Ordinateur/);
  assert.match(fr, /Mobile/);
  assert.match(fr, /> Un titre/);
  assert.match(hoverMarkdown(p, 'en'), /Desktop/);
  const tricky = previewOf({ part: 'title', text: 'a *b* [c](d)', span: { start: 0, end: 1 }, source: 'heading' }, mono);
  assert.match(hoverMarkdown(tricky, 'fr'), /a \\\*b\\\* \\\[c\\\]\\\(d\\\)/);
});
