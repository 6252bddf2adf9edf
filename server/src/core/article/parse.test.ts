import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle, parseArticleSteps } from './parse';

const parse = (text: string, titleFields = ['title']) => parseArticle(text, { titleFields });
const count = (text: string) => parse(text).words.length;

test('ATX, setext and HTML headings, with their text', () => {
  const text = '# Titre\n\nIntro.\n\nSection\n-------\n\n<h2 class="x">Autre <em>partie</em></h2>\n\n### Sous-partie ###\n';
  const a = parse(text);
  assert.deepEqual(
    a.headings.map((h) => [h.level, h.text, h.source]),
    [
      [1, 'Titre', 'atx'],
      [2, 'Section', 'setext'],
      [2, 'Autre partie', 'html'],
      [3, 'Sous-partie', 'atx'],
    ],
  );
  assert.equal(text.slice(a.headings[1].textSpan.start, a.headings[1].textSpan.end), 'Section');
});

test('code, HTML, URLs, images, link targets and template tags are not words', () => {
  assert.equal(count('Un `code inline` ici'), 2);
  assert.equal(count('```js\nconst a = 1;\n```\n\nTexte'), 1);
  assert.equal(count('    indented code\n\nTexte'), 1);
  assert.equal(count('Voir [le site](https://exemple.fr/page) et https://autre.fr'), 4);
  assert.equal(count('![texte alternatif](image.png) Légende'), 1);
  assert.equal(count('Du <span class="x">texte</span> ici'), 3);
  assert.equal(count('<div>\nbloc html\n</div>\n\nTexte'), 1);
  assert.equal(count('Avant {% include note.html %} après {{ page.title }} {{< figure src="a" >}}'), 2);
  assert.equal(count('import { X } from "./x"\nexport const meta = {}\n\nTexte'), 1);
  assert.equal(count('<!-- un commentaire -->\n\nTexte'), 1);
});

test('list items, quotes and tables are prose blocks', () => {
  const a = parse('- un\n- deux\n\n> une citation\n\n| a | b |\n|---|---|\n| c | d |\n');
  assert.deepEqual(a.blocks.map((b) => b.kind), ['listItem', 'listItem', 'quote', 'table']);
  assert.equal(a.words.length, 8);
});

test('front matter is not body text; title comes from it', () => {
  const a = parse('---\ntitle: Mon titre\n---\n\nUn deux trois.');
  assert.equal(a.title?.text, 'Mon titre');
  assert.equal(a.title?.source, 'frontMatter');
  assert.equal(a.bodyWordCount, 3);
});

test('title from the first # heading, not counted in the body', () => {
  const a = parse('# Le titre ici\n\nUn deux trois.');
  assert.equal(a.title?.text, 'Le titre ici');
  assert.equal(a.bodyWordCount, 3);
});

test('title from a raw first line standing alone', () => {
  const text = 'Un titre collé\n\nPremier paragraphe du texte. Il continue.\n\nUn autre.';
  const a = parse(text);
  assert.equal(a.title?.source, 'firstLine');
  assert.equal(a.title?.text, 'Un titre collé');
  assert.equal(a.bodyWordCount, 8);
});

test('no title when the first line is a sentence', () => {
  assert.equal(parse('Ceci est une phrase.\n\nEt une autre.').title, undefined);
});

test('CRLF and BOM keep offsets right', () => {
  const text = '\ufeff---\r\ntitle: T\r\n---\r\n\r\n## Partie\r\n\r\nMot.\r\n';
  const a = parse(text);
  assert.equal(a.headings[0].text, 'Partie');
  assert.equal(text.slice(a.words[a.words.length - 1].start, a.words[a.words.length - 1].end), 'Mot');
});

test('offsets after emoji are UTF-16 offsets', () => {
  const text = '😀😀 Bonjour';
  const a = parse(text);
  assert.equal(a.words[0].start, 5);
  assert.equal(text.slice(a.words[0].start, a.words[0].end), 'Bonjour');
});

test('the masked text has the same length and line breaks', () => {
  const text = '---\ntitle: x\n---\nUn `code`\n```\nbloc\n```\n';
  const a = parse(text);
  assert.equal(a.masked.length, text.length);
  assert.equal(a.masked.split('\n').length, text.split('\n').length);
});

test('an empty document parses', () => {
  const a = parse('');
  assert.equal(a.words.length, 0);
  assert.equal(a.title, undefined);
});

test('images and links are recorded with their spans', () => {
  const text = '# Titre\n\nVoir ![un chat](chat.png) et ![](vide.png), [la doc](/doc/) ou <https://example.org>.\n\n<img src="a.png" alt="A">\n\n<p><a href="https://x.fr">x</a> <img src=b.png></p>\n';
  const a = parseArticle(text, { titleFields: ['title'] });
  assert.deepEqual(a.images.map((i) => [i.alt, i.url, i.source]), [['un chat', 'chat.png', 'markdown'], ['', 'vide.png', 'markdown'], ['A', 'a.png', 'html'], ['', 'b.png', 'html']]);
  assert.deepEqual(a.links.map((l) => l.url), ['/doc/', 'https://example.org', 'https://x.fr']);
  assert.equal(text.slice(a.images[0].span.start, a.images[0].span.end), '![un chat](chat.png)');
});

test('an indented code block that lezer closes before a CRLF leaves no empty block (fast-check seed 1564663490)', () => {
  const article = parse('>\t\r\n\r\nfin');
  assert.deepEqual(
    article.blocks.map((b) => [b.kind, b.span.start, b.span.end]),
    [['paragraph', 6, 9]],
  );
});

test('a long document is parsed in slices that name the parse, to the same article', () => {
  const sections = Array.from({ length: 400 }, (_, i) => `## Partie ${i}\n\nUn paragraphe avec un [lien](/p/${i}) et du \`code\`.\n\n- un point\n- un autre\n`);
  const text = `---\ntitle: Livre\n---\n${sections.join('\n')}`;
  const steps = parseArticleSteps(text, { titleFields: ['title'] });
  const paused: string[] = [];
  let step = steps.next();
  for (; !step.done; step = steps.next()) paused.push(step.value);
  assert.ok(paused.length >= 4, `paused ${paused.length} times`);
  assert.ok(paused.every((name) => name === 'parse'));
  const whole = parse(text);
  assert.deepEqual(step.value.blocks, whole.blocks);
  assert.deepEqual(step.value.words, whole.words);
  assert.equal(step.value.masked, whole.masked);
});
