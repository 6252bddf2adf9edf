import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../base/edit';
import { assist } from './run';
import { AssistantError } from './model';
import { DRAFT_END, DRAFT_START, planTask } from './tasks';
import { ARTICLE, article, FakeModel, settings } from './testing';

const a = article();
const s = settings();

test('title: good proposals kept, bad ones sent back once with their reasons, then dropped', async () => {
  const model = new FakeModel([
    '["Talents en IA : la bataille des géants de la technologie", "AI talent: the big tech battle", "Talents en IA : 5 millions par chercheur"]',
    '```json\n["Talents en IA : les offres de Meta et Google", "Talents en IA : Amazon recrute"]\n```',
  ]);
  const result = await assist({ task: 'title', article: a, settings: s }, model);
  assert.ok(result.ok);
  const { outcome } = result;
  assert.deepEqual(outcome.proposals.map((p) => p.text), ['Talents en IA : la bataille des géants de la technologie', 'Talents en IA : les offres de Meta et Google']);
  assert.equal(outcome.rounds, 2);
  // The retry carries the reasons, in French.
  const retry = model.calls[1].at(-1)!.content;
  assert.match(retry, /AI talent: the big tech battle/);
  assert.match(retry, /« 5 » ne figure pas/);
  assert.deepEqual(outcome.rejected.map((r) => r.text).sort(), ['AI talent: the big tech battle', 'Talents en IA : 5 millions par chercheur', 'Talents en IA : Amazon recrute'].sort());
  // Applying the chosen proposal changes the title only.
  const after = applyEdits(ARTICLE, [outcome.proposals[1].edit]);
  assert.match(after, /^---\ntitle: "Talents en IA : les offres de Meta et Google"\n/);
  assert.equal(after.replace(/^---\ntitle: [^\n]*\n/, ''), ARTICLE.replace(/^---\ntitle: [^\n]*\n/, ''));
});

test('the prompt carries only the relevant parts, and the rules', async () => {
  const plan = planTask({ task: 'title', article: a, settings: s });
  assert.ok(plan.ok);
  assert.match(plan.plan.system, /N’invente aucun fait/);
  assert.match(plan.plan.prompt, /expression clé « talents en IA »/);
  assert.match(plan.plan.prompt, /Titre actuel : Talents en IA : the big tech battle/);
  assert.doesNotMatch(plan.plan.prompt, /keyphrase:/);
  const big = article(`# Titre\n\n${'Une phrase française assez longue pour remplir le texte de l’article. '.repeat(2000)}\n`);
  for (const task of ['title', 'description', 'expand'] as const) {
    const p = planTask({ task, article: big, settings: settings({ minWords: 100000 }) });
    assert.ok(p.ok && p.plan.prompt.length < 7000, `${task}: ${p.ok ? p.plan.prompt.length : 'no plan'}`);
  }
});

test('description: three candidates within 120–156 characters', async () => {
  const good = [
    'Les géants de la technologie se livrent une bataille acharnée pour attirer les talents en IA, à coups d’appels personnels et de primes.',
    'Mark Zuckerberg et Sergey Brin appellent eux-mêmes les chercheurs : la bataille pour les talents en IA pousse les salaires vers le haut.',
  ];
  const model = new FakeModel([JSON.stringify([...good, 'Trop court.']), '[]']);
  const result = await assist({ task: 'description', article: a, settings: s }, model);
  assert.ok(result.ok);
  // One of three failed and two passed, fewer than three wanted: one retry, which gives nothing.
  assert.deepEqual(result.outcome.proposals.map((p) => p.text), good);
  const after = applyEdits(ARTICLE, [result.outcome.proposals[0].edit]);
  assert.match(after, /\ndescription: Les géants de la technologie se livrent/);
});

test('translate: the English paragraph only, replaced by its checked translation', async () => {
  const offset = ARTICLE.indexOf('The competition');
  const fr = 'La concurrence pour les travailleurs a conduit à des tentatives agressives de débauchage de chercheurs des entreprises rivales.';
  const model = new FakeModel(['Voici la traduction :\n\n' + fr]);
  const result = await assist({ task: 'translate', article: a, settings: s, offset }, model);
  assert.ok(result.ok);
  assert.match(model.calls[0][1].content, /Paragraphe à traduire :\nThe competition for workers/);
  assert.doesNotMatch(model.calls[0][1].content, /Mark Zuckerberg/);
  const after = applyEdits(ARTICLE, [result.outcome.proposals[0].edit]);
  assert.equal(after, ARTICLE.replace(/The competition[^\n]*/, fr));
});

test('rephrase: the long sentence, reworded into short ones', async () => {
  const model = new FakeModel(['1. Mark Zuckerberg et Sergey Brin ont appelé les chercheurs. Google et Meta multiplient les offres et les primes.\n2. Zuckerberg et Brin appellent les chercheurs. Meta et Google leur font des offres.']);
  const result = await assist({ task: 'rephrase', article: a, settings: s }, model);
  assert.ok(result.ok);
  assert.equal(result.outcome.proposals.length, 2);
  const after = applyEdits(ARTICLE, [result.outcome.proposals[0].edit]);
  assert.match(after, /\n\nMark Zuckerberg et Sergey Brin ont appelé les chercheurs\. Google et Meta multiplient les offres et les primes\.\n\nThe competition/);
});

test('expand: a marked draft section at the end, one edit', async () => {
  const para = 'Les entreprises technologiques recrutent les chercheurs en IA très tôt, parfois avant la fin de leurs études, et leur proposent des moyens de calcul que les laboratoires publics ne peuvent pas offrir. ';
  const draft = `## Des chercheurs recrutés tôt\n\n${para.repeat(3)}\n\n${para.repeat(3)}`;
  const result = await assist({ task: 'expand', article: a, settings: settings({ minWords: 250 }) }, new FakeModel([draft]));
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.outcome.proposals.length, 1, JSON.stringify(result.outcome.rejected));
  const after = applyEdits(ARTICLE, [result.outcome.proposals[0].edit]);
  assert.ok(after.startsWith(ARTICLE));
  assert.ok(after.includes(`${DRAFT_START}\n\n## Des chercheurs recrutés tôt`));
  assert.ok(after.trimEnd().endsWith(DRAFT_END));
});

test('headings: one per section, in order; a failing one retried for its section only', async () => {
  const para = (w: string) => `Les ${w} avancent vite et les équipes suivent le rythme avec attention chaque semaine. `.repeat(8);
  const text = `# Le titre\n\nUne introduction courte.\n\n${para('projets')}\n\n${para('budgets')}\n\n${para('chercheurs')}\n\n${para('salaires')}\n`;
  const art = article(text);
  const plan = planTask({ task: 'headings', article: art, settings: settings({ maxWordsPerSection: 100 }) });
  assert.ok(plan.ok, 'a plan');
  const n = plan.plan.slots!;
  assert.ok(n >= 1);
  const first = Array.from({ length: n }, (_, k) => (k === 0 ? 'Les projets avancent.' : `Les équipes du lot ${['un', 'deux', 'trois', 'quatre', 'cinq'][k] ?? 'six'}`));
  const model = new FakeModel([JSON.stringify(first), '["Des projets qui avancent"]']);
  const result = await assist({ task: 'headings', article: art, settings: settings({ maxWordsPerSection: 100 }) }, model);
  assert.ok(result.ok);
  assert.equal(result.outcome.proposals.length, n);
  assert.equal(result.outcome.proposals[0].text, 'Des projets qui avancent');
  assert.match(model.calls[1].at(-1)!.content, /Sections encore sans intertitre : 1 /);
});

test('hostile answers: nothing usable gives no proposal, never a throw', async () => {
  const hostile = ['', '   ', '```\n```', 'I cannot help with that.', '{"error": "nope"}', '[1, 2, 3]', 'x'.repeat(5000), '<think>only thoughts'];
  for (const reply of hostile) {
    const result = await assist({ task: 'title', article: a, settings: s }, new FakeModel([reply, reply]));
    assert.ok(result.ok);
    assert.equal(result.outcome.proposals.length, 0, reply.slice(0, 40));
    assert.ok(result.outcome.rejected.length > 0);
  }
});

test('model failures and cancellation reject with an AssistantError', async () => {
  await assert.rejects(assist({ task: 'title', article: a, settings: s }, new FakeModel([])), (e) => e instanceof AssistantError && e.kind === 'unavailable');
  const controller = new AbortController();
  const slow = new FakeModel([
    (_m, o) =>
      new Promise<string>((_resolve, reject) => {
        o.signal?.addEventListener('abort', () => reject(new AssistantError('cancelled', 'cancelled')));
      }),
  ]);
  const pending = assist({ task: 'title', article: a, settings: s }, slow, { signal: controller.signal });
  controller.abort();
  await assert.rejects(pending, (e) => e instanceof AssistantError && e.kind === 'cancelled');
});

test('tasks with nothing to do say so without calling the model', async () => {
  const model = new FakeModel([]);
  const fr = article('# Un titre français\n\nUn paragraphe bien français, court et clair.\n');
  for (const task of ['translate', 'rephrase', 'headings'] as const) {
    const result = await assist({ task, article: fr, settings: s }, model);
    assert.ok(!result.ok, task);
  }
  const long = await assist({ task: 'expand', article: fr, settings: settings({ minWords: 3 }) }, model);
  assert.ok(!long.ok);
  assert.equal(model.calls.length, 0);
});
