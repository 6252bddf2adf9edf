// What the lightbulb offers on a raw paste's title and on a foreign paragraph: the fixes first, each
// checked by the text it produces, then one « Ignorer » pair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../pipeline/analyze';
import { normalizeSettings } from '../config/settings';
import { applyEdits } from '../base/edit';
import { computeActions } from './index';

const settings = normalizeSettings({ locale: 'fr' });
const TITLE = 'Customize this title in frenchLes grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA';
const INSTRUCTION = 'Make this article seo compatible, Let there be subheadings for the article, be in french, create at least 700 words';
const BODY = 'Les grandes entreprises technologiques sont engagées dans une bataille acharnée pour attirer les talents en intelligence artificielle.';
const raw = `${TITLE}\n\n${INSTRUCTION}\n\n${BODY}\n`;

function actionsAt(text: string, offset: number) {
  const analysis = analyze(text, settings);
  const context = { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings };
  return { actions: computeActions(context, { range: { start: offset, end: offset }, sourceActions: false }), analysis };
}

test('on the title: the fixes lead, then a single « Ignorer » pair naming the rules', () => {
  const { actions } = actionsAt(raw, 5);
  const titles = actions.map((a) => a.title);
  const firstIgnore = actions.findIndex((a) => a.kind === 'quickfix.ignore');
  assert.ok(firstIgnore > 0, titles.join('\n'));
  assert.ok(actions.slice(0, firstIgnore).every((a) => a.kind === 'quickfix'), titles.join('\n'));
  assert.ok(actions.slice(firstIgnore).every((a) => a.kind === 'quickfix.ignore'), titles.join('\n'));
  assert.ok(actions.filter((a) => a.kind === 'quickfix.ignore').length <= 2, titles.join('\n'));
  assert.equal(actions[0].isPreferred, true);
  assert.ok(!titles.some((t) => /keyphrase-missing|links|min-words|transition-words/.test(t)), 'no whole-article rule on the title');
});

test('« Raccourcir » shortens the French part, never keeps the pasted instruction', () => {
  const { actions } = actionsAt(raw, 5);
  const shorten = actions.find((a) => a.id === 'shortenTitle');
  assert.ok(shorten, actions.map((a) => a.title).join('\n'));
  assert.doesNotMatch(shorten.title, /Customize/);
  const after = applyEdits(raw, shorten.edits);
  assert.equal(after.split('\n')[0], 'Les grands patrons de la technologie se lancent dans la bataille');
});

test('« Faire de cette ligne le titre » writes a « # » heading of the French part, or a front-matter title', () => {
  const { actions } = actionsAt(raw, 5);
  const make = actions.find((a) => a.id === 'makeTitle')!;
  assert.ok(make, actions.map((a) => a.title).join('\n'));
  const after = applyEdits(raw, make.edits);
  assert.equal(after.split('\n')[0], '# Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA');
  assert.equal(analyze(after, settings).article.title?.source, 'heading');

  const withFm = `---\nauthor: Anne\n---\n\nLes grands patrons de la technologie\n\n${BODY}\n`;
  const analysis = analyze(withFm, settings);
  assert.equal(analysis.article.title?.source, 'firstLine');
  const at = analysis.article.title!.span.start + 2;
  const context = { article: analysis.article, settings, locale: settings.locale, findings: [{ ruleId: 'title-length', severity: 'warning' as const, message: 'x', span: analysis.article.title!.span }] };
  const fmMake = computeActions(context, { range: { start: at, end: at }, sourceActions: false }).find((a) => a.id === 'makeTitle')!;
  const fmAfter = applyEdits(withFm, fmMake.edits);
  assert.equal(fmAfter, `---\nauthor: Anne\ntitle: "Les grands patrons de la technologie"\n---\n\n${BODY}\n`);
  assert.equal(analyze(fmAfter, settings).article.title?.source, 'frontMatter');
});

test('« Supprimer ce paragraphe » removes the foreign paragraph and its blank line, nothing else', () => {
  const offset = raw.indexOf('Make this') + 3;
  const { actions, analysis } = actionsAt(raw, offset);
  assert.ok(analysis.findings.some((f) => f.ruleId === 'paragraph-language'));
  const remove = actions.find((a) => a.id === 'removeParagraph');
  assert.ok(remove, actions.map((a) => a.title).join('\n'));
  assert.equal(actions[0].id, 'removeParagraph', 'the fix comes before « Ignorer »');
  assert.equal(applyEdits(raw, remove.edits), `${TITLE}\n\n${BODY}\n`);
});
