import assert from 'node:assert/strict';
import test from 'node:test';
import { parseArticle } from '../../article/parse';
import { applyEdits } from '../../base/edit';
import { formatHeading, nameSections } from './names';
import { buildUnits } from './units';
import { computeOutline, outlineEdits } from './outline';

const parse = (text: string) => parseArticle(text, { titleFields: ['title'] });

const GARDEN = [
  'Le potager demande un sol riche et bien drainé pour les tomates et les courgettes.',
  'Un arrosage régulier au pied des plants de tomates évite le mildiou du feuillage.',
  'Le paillage du sol garde la fraîcheur des racines pendant les semaines de sécheresse.',
  'Les tomates cerises mûrissent plus tôt que les grosses tomates du potager familial.',
  'Le compost du jardin nourrit le sol du potager sans engrais chimique.',
];
const SERVER = [
  'Le serveur web reçoit les requêtes et interroge la base de données du site.',
  'Une sauvegarde nocturne de la base de données protège le serveur contre les pannes.',
  'Le cache du serveur réduit le temps de réponse des pages dynamiques.',
  'Les journaux du serveur signalent les requêtes lentes vers la base de données.',
  'La supervision du serveur alerte l’équipe quand la mémoire du serveur sature.',
];

/** A paragraph of about `n` sentences drawn in turn from `pool`. */
function paragraph(pool: readonly string[], n: number, shift: number): string {
  return Array.from({ length: n }, (_, i) => pool[(i + shift) % pool.length]).join(' ');
}

/** Title, a short introduction, then `count` paragraphs about the garden and `count` about servers. */
function twoTopics(count = 4): string {
  const parts = ['# Du potager au serveur', '', paragraph(GARDEN, 2, 0) + ' ' + paragraph(SERVER, 1, 0), ''];
  for (let i = 0; i < count; i++) parts.push(paragraph(GARDEN, 5, i), '');
  for (let i = 0; i < count; i++) parts.push(paragraph(SERVER, 5, i), '');
  return parts.join('\n');
}

test('cuts between two topics and names each section from its own terms', () => {
  const text = twoTopics();
  const article = parse(text);
  const outline = computeOutline(article, 300);
  assert.ok(outline.length >= 1, 'at least one heading');
  const serverStart = text.indexOf(paragraph(SERVER, 5, 0));
  assert.ok(
    outline.some((e) => e.offset === serverStart),
    `a heading before the first server paragraph, got ${JSON.stringify(outline)}`,
  );
  const atServer = outline.find((e) => e.offset === serverStart);
  assert.match(atServer?.text ?? '', /serveur|base|données|requêtes|cache|sauvegarde/i);
});

test('headings are short noun phrases: capitalised, 2–8 words, no final punctuation, all different', () => {
  const text = twoTopics(6);
  const outline = computeOutline(parse(text), 300);
  assert.ok(outline.length >= 2);
  for (const e of outline) {
    const words = e.text.split(/\s+/);
    assert.ok(words.length >= 2 && words.length <= 8, e.text);
    assert.match(e.text, /^\p{Lu}/u);
    assert.doesNotMatch(e.text, /[.,;:!?…]$/);
    assert.equal(e.level, 2);
  }
  assert.equal(new Set(outline.map((e) => e.text.toLowerCase())).size, outline.length);
});

test('never before the first paragraph, never inside a list, quote or code block', () => {
  const list = ['- ' + GARDEN[0], '- ' + GARDEN[1], '- ' + GARDEN[2]].join('\n');
  const quote = '> ' + SERVER[0] + '\n>\n> ' + SERVER[1];
  const code = '```\n' + SERVER.join('\n\n') + '\n```';
  const text = [twoTopics(3), list, '', quote, '', code, '', paragraph(SERVER, 5, 2), ''].join('\n');
  const article = parse(text);
  const outline = computeOutline(article, 300);
  const firstParagraph = article.blocks.find((b, i) => i !== article.titleBlock && b.kind === 'paragraph');
  for (const e of outline) {
    assert.notEqual(e.offset, firstParagraph?.span.start);
    const block = article.blocks.find((b) => b.span.start < e.offset && e.offset < b.span.end);
    assert.ok(!block, `offset ${e.offset} falls inside a ${block?.kind}`);
    const next = article.blocks.find((b) => b.span.start >= e.offset);
    assert.equal(next?.kind, 'paragraph');
    assert.equal(next?.depth, 0);
  }
});

test('edits are pure insertions; applying twice adds nothing; removing the lines gives the text back', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = twoTopics(5).replace(/\n/g, eol);
    const edits = outlineEdits(text, computeOutline(parse(text), 300));
    assert.ok(edits.length > 0);
    for (const e of edits) {
      assert.equal(e.start, e.end);
      assert.ok(e.start === 0 || text[e.start - 1] === '\n');
      assert.match(e.newText, new RegExp(`^## [^\\r\\n]+${eol}${eol}$`));
    }
    const once = applyEdits(text, edits);
    assert.deepEqual(computeOutline(parse(once), 300), []);
    let back = once;
    for (const e of edits) back = back.replace(e.newText, '');
    assert.equal(back, text);
  }
});

test('keeps existing headings: only long stretches without one get one, at a lower level', () => {
  const short = ['# Titre', '', paragraph(GARDEN, 3, 0), '', '## Le potager', '', paragraph(GARDEN, 5, 1), ''].join('\n');
  assert.deepEqual(computeOutline(parse(short), 300), []);
  const long = ['# Titre', '', paragraph(GARDEN, 2, 0), '', '## Deux sujets', '', twoTopics(4).split('\n').slice(2).join('\n')].join('\n');
  const outline = computeOutline(parse(long), 300);
  assert.ok(outline.length > 0);
  for (const e of outline) {
    assert.equal(e.level, 3);
    assert.ok(e.offset > long.indexOf('## Deux sujets'));
  }
});

test('no heading in a short article or an empty one', () => {
  assert.deepEqual(computeOutline(parse(''), 300), []);
  assert.deepEqual(computeOutline(parse('# Titre\n\n' + paragraph(GARDEN, 4, 0)), 300), []);
});

test('a heading opens with a capital, but a name spelt with an inner capital keeps its spelling', () => {
  const tokens = (...words: string[]) => words.map((surface) => ({ surface, norm: surface.toLowerCase(), sentenceStart: false, joinsNext: true }));
  assert.equal(formatHeading(tokens('nouvelles', 'fonctions', 'de', 'l\'iPhone')), 'Nouvelles fonctions de l’iPhone');
  assert.equal(formatHeading(tokens('iPhone', 'et', 'vie', 'privée')), 'iPhone et vie privée');
  assert.equal(formatHeading(tokens('macOS', 'Sequoia')), 'macOS Sequoia');
  assert.equal(formatHeading(tokens('écrans', 'OLED')), 'Écrans OLED');
});

/** The name Plume gives to everything after the introduction of `body`. */
function nameOf(body: string): string | undefined {
  const article = parse(`# Titre\n\nUne courte introduction sur le sujet.\n\n${body}`);
  const { units } = buildUnits(article);
  return nameSections(article, units, [{ from: 1, to: units.length }], [])[0];
}

test('names do not take a clause: a gerund, a participle with its agent, words on either side of inline code', () => {
  const gerund = nameOf(Array(4).fill('On règle le problème en utilisant des gestionnaires rapides. Les composants réagissent en utilisant des gestionnaires rapides.').join('\n\n'));
  assert.ok(gerund && !/^utilisant/i.test(gerund), gerund);
  const agent = nameOf(Array(4).fill('La lenteur causée par les appels distants gêne. La lenteur causée par les appels distants coûte cher.').join('\n\n'));
  assert.ok(agent && !/causée par/.test(agent), agent);
  const code = nameOf(Array(4).fill('L’état de `count` vaut zéro au départ. L’état de `count` vaut un ensuite.').join('\n\n'));
  assert.ok(code === undefined || !/de vaut/.test(code), code);
  const future = nameOf(Array(4).fill('Le bouton rouge gardera sa couleur. Le bouton rouge gardera son libellé.').join('\n\n'));
  assert.ok(future && !/gardera/.test(future), future);
  const setPhrase = nameOf(Array(4).fill('La mise à jour du contenu éditorial prend du temps. La mise à jour du contenu éditorial suit un calendrier.').join('\n\n'));
  assert.ok(setPhrase && !/^Jour/.test(setPhrase), setPhrase);
});

test('a short line that already reads as a heading is promoted to ##, an edit of that line only', () => {
  const intro = paragraph(GARDEN, 6, 0);
  const text = `${intro}\n\n${paragraph(GARDEN, 6, 1)}\n\n${paragraph(GARDEN, 6, 2)}\n\nLes serveurs en difficulté\n\n${paragraph(SERVER, 6, 0)}\n\n${paragraph(SERVER, 6, 1)}\n\n${paragraph(SERVER, 6, 2)}\n`;
  const outline = computeOutline(parse(text), 150);
  const promoted = outline.filter((e) => e.kind === 'promote');
  assert.deepEqual(promoted.map((e) => e.text), ['Les serveurs en difficulté']);
  const out = applyEdits(text, outlineEdits(text, outline));
  assert.match(out, /\n## Les serveurs en difficulté\n/);
  // Nothing stacked above it.
  assert.doesNotMatch(out, /\n## [^\n]+\n\n## Les serveurs en difficulté/);
  // The promotion only adds « ## » before the line.
  const edit = outlineEdits(text, promoted)[0];
  assert.equal(edit.start, edit.end);
  assert.equal(edit.newText, '## ');
  // Debris and captions are not promoted.
  const debris = text.replace('Les serveurs en difficulté', 'Source link -57');
  assert.equal(computeOutline(parse(debris), 150).filter((e) => e.kind === 'promote').length, 0);
});

test('every proposed heading passes the editor’s checklist', async () => {
  const { phrasePasses } = await import('../checklist');
  const text = [0, 1, 2].map((k) => paragraph(GARDEN, 6, k)).concat([0, 1, 2].map((k) => paragraph(SERVER, 6, k))).join('\n\n');
  const outline = computeOutline(parse(`${text}\n`), 150);
  assert.ok(outline.length > 0);
  for (const e of outline) assert.ok(phrasePasses(e.text), e.text);
});

test('a section that states its goal (« Pour installer…, ») gets a question as its other form', async () => {
  const { sectionQuestion } = await import('./questions');
  const text = `${paragraph(GARDEN, 6, 0)}\n\nPour installer Jekyll sur macOS, ouvrez le terminal et tapez la commande gem install jekyll. ${paragraph(SERVER, 5, 0)}\n\nComment choisir un hébergeur fiable ? ${paragraph(SERVER, 5, 1)}\n`;
  const article = parse(text);
  const { units } = buildUnits(article);
  assert.equal(sectionQuestion(article, units, 1, 2, '\u202f'), 'Comment installer Jekyll sur macOS\u202f?');
  assert.equal(sectionQuestion(article, units, 2, 3, '\u202f'), 'Comment choisir un hébergeur fiable\u202f?');
  assert.equal(sectionQuestion(article, units, 0, 1, '\u202f'), undefined);
  const edits = outlineEdits(text, [{ offset: units[1].offset, level: 2, text: 'Installation de Jekyll', question: 'Comment installer Jekyll sur macOS\u202f?' }], 'question');
  assert.match(applyEdits(text, edits), /## Comment installer Jekyll sur macOS\u202f\?\n\nPour installer/);
});

test('after an edit, the outline from the reused parse (per-block terms carried) equals a fresh one', () => {
  const text = twoTopics(6);
  const first = parse(text);
  computeOutline(first, 60); // fills the per-block memo
  const at = text.indexOf('mildiou') + 'mildiou'.length;
  const edited = `${text.slice(0, at)} Tomates, Paris${text.slice(at)}`;
  const reused = parseArticle(edited, { titleFields: ['title'] }, { article: first, changes: [{ from: at, to: at, insertLength: ' Tomates, Paris'.length }] });
  assert.deepEqual(computeOutline(reused, 60), computeOutline(parse(edited), 60));
  assert.deepEqual(buildUnits(reused), buildUnits(parse(edited)));
});
