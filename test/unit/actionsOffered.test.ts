// Core-level check that each quick fix is offered on its own diagnostics, and source actions anywhere.
import assert from 'node:assert/strict';
import test from 'node:test';
import { analyze, computeActions, normalizeSettings } from '../../server/src/core';

const SENTENCES = [
  'Le potager demande un sol riche et bien drainé pour les tomates et les courgettes du jardin.',
  'Le serveur web reçoit les requêtes et interroge la base de données du site pendant la journée.',
  'Un arrosage régulier au pied des plants de tomates évite le mildiou du feuillage en été.',
  'Une sauvegarde nocturne de la base de données protège le serveur contre les pannes matérielles.',
];
const body = Array.from({ length: 12 }, (_, i) => Array.from({ length: 4 }, (_, j) => SENTENCES[(i < 6 ? 0 : 1) + 2 * (j % 2)]).join(' ')).join('\n\n');
const settings = normalizeSettings({ locale: 'fr' });

function actionsFor(text: string, ruleIds?: string[]) {
  const analysis = analyze(text, settings);
  const context = { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings };
  // The silencing fixes (« Ignorer cette règle… ») come with every diagnostic and are tested with them.
  const quick = computeActions(context, { ...(ruleIds ? { ruleIds } : {}), sourceActions: false }).filter((a) => !a.id.startsWith('silence.'));
  return { analysis, actions: quick, all: computeActions(context, { quickFixes: false }) };
}

test('quick fixes: insert subheadings on `subheadings`, generate the description on description rules', () => {
  const text = `---\ntitle: Du potager au serveur\n---\n\n${body}\n`;
  const { analysis, actions } = actionsFor(text);
  const ids = new Set(analysis.findings.map((f) => f.ruleId));
  assert.ok(ids.has('subheadings') && ids.has('description-missing'));
  for (const a of actions) {
    assert.equal(a.kind, 'quickfix');
    if (a.id === 'insertSubheadings') assert.equal(a.finding?.ruleId, 'subheadings');
    if (a.id === 'generateDescription') assert.ok(['description-missing', 'description-length'].includes(a.finding?.ruleId ?? ''));
  }
  assert.ok(actions.some((a) => a.id === 'insertSubheadings' && a.title === 'Insérer des intertitres'));
  assert.ok(actions.some((a) => a.id === 'generateDescription' && a.title === 'Générer la méta-description'));
  const onlyMissing = actionsFor(text, ['description-missing']).actions;
  assert.deepEqual([...new Set(onlyMissing.map((a) => a.id))], ['generateDescription']);
});

test('description-length gets « régénérer »; source actions exist anywhere', () => {
  const text = `---\ntitle: Du potager au serveur\ndescription: Trop court.\n---\n\n${body}\n`;
  const { actions, all } = actionsFor(text, ['description-length']);
  assert.deepEqual(
    actions.map((a) => [a.id, a.title, a.finding?.ruleId]),
    [['generateDescription', 'Régénérer la méta-description', 'description-length']],
  );
  const mine = all.filter((a) => a.id === 'generateDescription' || a.id === 'insertSubheadings');
  assert.deepEqual(mine.map((a) => [a.id, a.kind]).sort(), [['generateDescription', 'source'], ['insertSubheadings', 'source']]);
});
