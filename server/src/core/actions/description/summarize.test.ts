import assert from 'node:assert/strict';
import test from 'node:test';
import { parseArticle } from '../../article/parse';
import { DEFAULT_SETTINGS } from '../../config/settings';
import { generateDescription } from './generate';
import { charLength, plainInline } from '../../article/plainText';
import { describeCandidates, summarize, truncateAtWord } from './summarize';
import { textWidth } from '../../seo/width';
import { checkDescription } from '../checklist';

const parse = (text: string) => parseArticle(text, { titleFields: ['title'] });

const BODY = [
  'Le compostage domestique transforme les déchets de cuisine en un engrais naturel pour le jardin.',
  'Un bac à compost bien aéré évite les odeurs et accélère la décomposition des déchets.',
  'Il faut mélanger les déchets verts et les déchets bruns pour équilibrer le compost.',
  'Après six mois, le compost mûr nourrit le sol du potager sans aucun produit chimique.',
  'Les vers de terre participent activement à la transformation des déchets en compost.',
  'Un compost trop humide se tasse : il faut alors ajouter du carton découpé en morceaux.',
].join(' ');

function article(frontMatter = '---\ntitle: Réussir son compost à la maison\n---\n'): string {
  return `${frontMatter}\n${BODY}\n\n${BODY}\n`;
}

test('an extractive description of 120 to 156 characters made of the article’s sentences', () => {
  const d = summarize(parse(article()));
  assert.ok(d);
  const n = charLength(d);
  assert.ok(n >= 120 && n <= 156, `${n}: ${d}`);
  assert.ok(textWidth(d, 14) <= 920, d);
  assert.doesNotMatch(d, /…/);
  // Whole sentences of the body, or a sentence shortened by its trailing clause (its beginning, closed by a full stop).
  const body = BODY.replace(/\s+/g, ' ');
  for (const part of d.split(/(?<=[.!?])\s+/)) assert.ok(body.includes(part.trim()) || body.includes(part.trim().replace(/\.$/, ' ')), part);
});

test('contains the focus keyphrase of the front matter', () => {
  const text = article('---\ntitle: Réussir son compost\nkeyphrase: vers de terre\n---\n');
  const d = generateDescription(parse(text), DEFAULT_SETTINGS);
  assert.ok(d?.toLowerCase().includes('vers de terre'), d);
  const listed = article('---\ntitle: Réussir son compost\nkeywords: [bac à compost, jardin]\n---\n');
  assert.ok(generateDescription(parse(listed), DEFAULT_SETTINGS)?.toLowerCase().includes('bac à compost'));
  const absent = article('---\ntitle: Réussir son compost\nkeyphrase: lombricompostage urbain\n---\n');
  const forced = generateDescription(parse(absent), DEFAULT_SETTINGS) ?? '';
  assert.ok(forced.toLowerCase().includes('lombricompostage urbain'), forced);
  assert.ok(charLength(forced) <= 156);
});

test('never cuts a word: truncation stops at a word and adds an ellipsis', () => {
  const long = 'Le compostage domestique transforme les déchets de cuisine en un engrais naturel pour le jardin et pour les plantes en pot du balcon, même en ville, toute l’année durant.';
  const cut = truncateAtWord(long, 156, 120);
  assert.ok(cut);
  assert.ok(charLength(cut) <= 156 && charLength(cut) >= 120, cut);
  assert.ok(cut.endsWith('…'));
  const kept = cut.slice(0, -1);
  assert.ok(long.startsWith(kept));
  assert.match(long.charAt(kept.length), /[\s,]/);
  assert.doesNotMatch(kept, /\s(?:de|la|le|les|et|en|pour|du)$/);
  assert.equal(truncateAtWord('court', 156, 120), 'court');
  assert.equal(truncateAtWord('x'.repeat(200), 156, 120), undefined);
});

test('nothing to summarise gives nothing', () => {
  assert.equal(summarize(parse('')), undefined);
  assert.equal(summarize(parse('---\ntitle: x\n---\n```\ncode\n```\n')), undefined);
});

test('inline Markdown is reduced to its text', () => {
  assert.equal(plainInline('Un [lien](https://x.fr) et du `code`, **gras** et &laquo;&nbsp;guillemets&nbsp;&raquo;.'), 'Un lien et du code, gras et « guillemets ».');
  assert.equal(charLength('é😀'), 2);
  assert.equal(plainInline('{: .lead } Créée par la DINUM{title="Direction du numérique"} en 2016{#id .x}.'), 'Créée par la DINUM en 2016.');
  assert.equal(plainInline('Un ensemble {a, b} reste.'), 'Un ensemble {a, b} reste.');
});

test('a sentence that opens on a link or emphasis keeps its first word whole, without markup', () => {
  const text = `---\ntitle: Basecamp et le travail asynchrone\n---\n\n[Basecamp](https://basecamp.com/about), anciennement 37 signals, édite le logiciel de gestion de projet du même nom. *Basecamp* défend depuis longtemps le travail asynchrone dans les équipes. ${BODY}\n`;
  const d = summarize(parse(text)) ?? '';
  assert.ok(d.startsWith('Basecamp'), d);
  assert.doesNotMatch(d, /\]\(|\*/);
});

test('starts at the opening and goes on in document order, ending on a whole sentence when it can', () => {
  const opening = [
    'Le compostage domestique transforme les déchets de cuisine en engrais.',
    'Un bac bien aéré évite les odeurs et accélère la décomposition.',
  ];
  const d = summarize(parse(`---\ntitle: Réussir son compost\n---\n\n${opening.join(' ')} ${BODY}\n`)) ?? '';
  assert.equal(d, opening.join(' '));
  assert.ok(charLength(d) >= 120 && charLength(d) <= 156, d);
});

test('with a keyphrase held by a later sentence only, the description starts there', () => {
  const text = article('---\ntitle: Réussir son compost à la maison\nkeyphrase: vers de terre\n---\n');
  const d = generateDescription(parse(text), DEFAULT_SETTINGS) ?? '';
  assert.ok(d.startsWith('Les vers de terre participent'), d);
  assert.ok(charLength(d) >= 100 && charLength(d) <= 156, d);
});

test('a sentence with template code is left out: what it renders to is unknown, and without it the sentence is garbled', () => {
  const opening = 'Dans cet article {{ page.source.author }} présente le compostage domestique et ses bienfaits pour le jardin.';
  const d = summarize(parse(`---\ntitle: Réussir son compost à la maison\n---\n\n${opening} ${BODY}\n`));
  assert.ok(d && !d.includes('présente le compostage'), d);
  assert.ok(!d.includes('{{') && !d.includes('page.source'), d);
});

test('a sentence about the page (« cliquez sur les liens ») does not open the description', () => {
  const opening = 'Pour tout savoir sur le compostage des déchets, il suffit de cliquer sur les liens ci-dessous !';
  const d = summarize(parse(`---\ntitle: Réussir son compost à la maison\n---\n\n${opening} ${BODY}\n`));
  assert.ok(d && !/cliquer|ci-dessous/.test(d), d);
  assert.ok(d.startsWith('Le compostage domestique'), d);
});

test('whole sentences only: a long sentence loses its parenthetical or trailing clause, never ends mid-sentence', () => {
  const long = 'Le compostage domestique (une pratique ancienne remise au goût du jour par les jardiniers urbains) transforme les déchets de cuisine en engrais naturel pour le potager, ce qui réduit le volume des poubelles de près d’un tiers chaque année.';
  const text = `---\ntitle: Réussir son compost\n---\n\n${long}\n\nLe compost mûr nourrit le sol.\n`;
  const d = summarize(parse(text)) ?? '';
  assert.ok(d, 'a description');
  assert.ok(!d.includes('(') && !d.includes('…'), d);
  assert.ok(/\.$/.test(d), d);
  assert.equal(checkDescription(d).midSentence, false, d);
});

test('never opens on a back-reference; the writer’s own summary comes first; three candidates', () => {
  const opening = 'Nous avions précédemment expliqué comment composter ses déchets de cuisine au jardin et sur le balcon en ville.';
  const d = summarize(parse(`---\ntitle: Réussir son compost\n---\n\n${opening} ${BODY}\n`)) ?? '';
  assert.ok(!d.startsWith('Nous avions'), d);
  const excerpt = 'Un guide pas à pas pour réussir son compost à la maison, du choix du bac à la récolte du terreau, sans odeurs ni moucherons.';
  const own = summarize(parse(`---\ntitle: Réussir son compost\nexcerpt: ${excerpt}\n---\n\n${BODY}\n`));
  assert.equal(own, excerpt);
  const lead = summarize(parse(`---\ntitle: Réussir son compost\n---\n\n::: lead\n${excerpt}\n:::\n\n${BODY}\n`));
  assert.equal(lead, excerpt);
  const candidates = describeCandidates(parse(article()));
  assert.ok(candidates.length >= 2 && candidates.length <= 3, candidates.join('\n'));
  assert.equal(new Set(candidates).size, candidates.length);
});

test('French typography on the generated description', () => {
  const text = `---\ntitle: Réussir son compost\nexcerpt: "Un guide pas à pas pour réussir son compost à la maison : du choix du bac à la récolte, sans odeurs ni moucherons ! C'est simple."\n---\n\n${BODY}\n`;
  const d = generateDescription(parse(text), DEFAULT_SETTINGS) ?? '';
  assert.match(d, /maison\u202f: du/);
  assert.match(d, /moucherons\u202f!/);
  assert.match(d, /C’est/);
});
