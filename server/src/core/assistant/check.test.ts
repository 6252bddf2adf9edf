import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFacts, checkDescription, checkDraft, checkHeading, checkRephrasing, checkTitle, checkTranslation, inventedFacts, type CheckContext } from './check';
import { article, settings } from './testing';

const a = article();
const ctx: CheckContext = { article: a, settings: settings(), facts: articleFacts(a) };

function reason(v: ReturnType<typeof checkTitle>): string {
  return v.ok ? 'ok' : v.reason.fr;
}

test('titles: width, French, keyphrase, no markup, no invented fact', () => {
  const table: [string, RegExp][] = [
    ['Talents en IA : la bataille des géants de la technologie', /^ok$/],
    ['Talents en IA : the big tech battle for researchers', /français/],
    ['Talents en IA : pourquoi les géants de la technologie se livrent une bataille sans merci pour recruter', /px, au-delà/],
    ['La bataille des géants de la technologie', /expression clé/],
    ['**Talents en IA** : la bataille des géants', /Markdown/],
    ['Talents en IA : 5 millions pour un chercheur', /« 5 » ne figure pas/],
    ['Talents en IA : Microsoft entre dans la bataille', /« Microsoft » ne figure pas/],
    ['', /vide/],
    ['Voici un titre sur les talents en IA', /commente/],
    ['Talents en IA : les offres de Meta et Google', /^ok$/],
  ];
  for (const [title, expected] of table) assert.match(reason(checkTitle(title, ctx)), expected, title);
});

test('descriptions: 120 to 156 characters, French', () => {
  const ok = 'Les géants de la technologie se livrent une bataille acharnée pour attirer les talents en IA, à coups d’appels personnels et de primes.';
  assert.ok(ok.length >= 120 && ok.length <= 156, String(ok.length));
  assert.equal(reason(checkDescription(ok, ctx)), 'ok');
  assert.match(reason(checkDescription('Une bataille pour les talents en IA.', ctx)), /caractères, hors/);
  const english = 'The biggest technology companies are fighting a fierce battle to attract the best researchers, with personal calls and bonuses for all of them.';
  assert.match(reason(checkDescription(english, ctx)), /pas en français/);
});

test('headings: unique, no final punctuation, French, short', () => {
  assert.equal(reason(checkHeading('Des salaires qui montent', ctx)), 'ok');
  assert.match(reason(checkHeading('Des salaires qui montent.', ctx)), /ponctuation/);
  assert.match(reason(checkHeading('Des salaires qui montent', ctx, ['des salaires qui montent'])), /existe déjà/);
  assert.match(reason(checkHeading('Why the salaries are going up', ctx)), /pas en français/);
  assert.match(reason(checkHeading('## Des salaires', ctx)), /Markdown/);
});

test('translations: French, one paragraph, about as long', () => {
  const source = 'The competition for workers has led to aggressive attempts to poach researchers from rival companies.';
  assert.equal(reason(checkTranslation('La concurrence pour les travailleurs a conduit à des tentatives agressives de débauchage de chercheurs des entreprises rivales.', source, ctx)), 'ok');
  assert.match(reason(checkTranslation(source, source, ctx)), /pas en français/);
  assert.match(reason(checkTranslation('La concurrence.', source, ctx)), /longueur/);
  assert.match(reason(checkTranslation('La concurrence pour les travailleurs a conduit à des tentatives agressives.\n\nNote : traduction libre.', source, ctx)), /un paragraphe/);
});

test('rewording: every sentence under the limit, not the original, French', () => {
  const source = 'Mark Zuckerberg et Sergey Brin ont lancé des appels personnels aux chercheurs, et les dirigeants de Google comme ceux de Meta multiplient les offres.';
  assert.equal(reason(checkRephrasing('Mark Zuckerberg et Sergey Brin ont appelé les chercheurs. Google et Meta multiplient les offres.', source, ctx)), 'ok');
  assert.match(reason(checkRephrasing(source, source, ctx)), /pas changé/);
  assert.match(reason(checkRephrasing('Mark Zuckerberg et Sergey Brin ont lancé des appels personnels aux chercheurs et les dirigeants de Google comme ceux de Meta multiplient les offres et les primes.', source, ctx)), /encore \d+ mots/);
});

test('drafts: a ## heading, French paragraphs, enough words, no invented numbers', () => {
  const para = 'Les entreprises technologiques recrutent les chercheurs en IA très tôt, parfois avant la fin de leurs études, et leur proposent des moyens de calcul que les laboratoires publics ne peuvent pas offrir.';
  const draft = `## Des chercheurs recrutés tôt\n\n${para}\n\n${para}`;
  assert.equal(reason(checkDraft(draft, ctx, 40)), 'ok');
  assert.match(reason(checkDraft(para, ctx, 20)), /intertitre « ## »/);
  assert.match(reason(checkDraft(draft, ctx, 200)), /il en faut 200/);
  assert.match(reason(checkDraft(`${draft}\n\nEn 2023, 40 % des chercheurs ont changé d’employeur.`, ctx, 40)), /ne figure pas/);
  assert.match(reason(checkDraft('```\ncode\n```', ctx, 1)), /bloc de code|intertitre/);
});

test('invented facts: numbers by their digits, names outside sentence starts', () => {
  const facts = articleFacts(article('Le prix atteint 1 500 euros en 2024 chez Google.\n'));
  assert.deepEqual(inventedFacts('Le prix atteint 1500 euros chez Google.', facts), []);
  assert.deepEqual(inventedFacts('En 2025, le prix atteint 1 500 euros.', facts), ['2025']);
  assert.deepEqual(inventedFacts('Le prix atteint des sommets chez Amazon.', facts), ['Amazon']);
  assert.deepEqual(inventedFacts('Chez Google, tout augmente. Demain aussi.', facts), []);
});

test('invented facts: lists of numbers, versions, lone letters', () => {
  const facts = articleFacts(article('Rendez-vous les 6, 7 et 8 avril, version 18 de React. Questions et réponses.\n'));
  assert.deepEqual(inventedFacts('Les 6, 7 et 8 avril avec React 18.0.', facts), []);
  assert.deepEqual(inventedFacts('Le 9 avril.', facts), ['9']);
  assert.deepEqual(inventedFacts('Une séance de Q&R avec React.', facts), []);
});
