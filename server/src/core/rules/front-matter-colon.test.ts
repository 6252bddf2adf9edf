// `title: Voyage en train : le guide`: invalid YAML that French writers make. A French message in
// the writer's terms, a fix that quotes the value, and a lenient reading for every other rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { analyze } from '../pipeline/analyze';
import { normalizeSettings } from '../config/settings';
import { computeActions } from '../actions';
import { applyEdits } from '../base/edit';
import { parseFrontMatter } from '../article/frontMatter';

const broken = '---\ntitle: Voyage en train : le guide\ndescription: Prix : 3 "euros" par trajet, \\ compris\nkeyphrase: voyage en train\nheure: 12:30\nsite: https://exemple.fr\n---\n\nLe voyage en train est simple.\n';

test('front-matter: the colon case in French, one finding per value, on the value', () => {
  const found = checkRule('front-matter', broken);
  assert.deepEqual(
    found.map((f) => f.spanText),
    ['Voyage en train : le guide', 'Prix : 3 "euros" par trajet, \\ compris'],
  );
  assert.equal(found[0].message, 'Un deux-points suivi d’une espace doit être entre guillemets en YAML\u00a0: mettez la valeur de «\u00a0title\u00a0» entre guillemets.');
  const en = checkRule('front-matter', broken, { locale: 'en' });
  assert.match(en[0].message, /A colon followed by a space must be quoted in YAML/);
});

test('front-matter: the lenient reading gives title, description and keyphrase to the other rules', () => {
  const { article, findings } = analyze(broken, normalizeSettings({ locale: 'fr' }));
  assert.equal(article.title?.text, 'Voyage en train : le guide');
  assert.equal(article.frontMatter?.lenient, true);
  const fields = Object.fromEntries(article.frontMatter!.fields.map((f) => [f.key, f.value]));
  assert.equal(fields.description, 'Prix : 3 "euros" par trajet, \\ compris');
  assert.equal(fields.keyphrase, 'voyage en train');
  assert.equal(fields.heure, '12:30');
  assert.ok(!findings.some((f) => f.ruleId === 'description-missing'));
  assert.ok(!findings.some((f) => f.ruleId === 'keyphrase-missing'));
  assert.ok(!findings.some((f) => f.ruleId === 'title-missing'));
});

test('front-matter: the quick fix quotes the value, the other fixes every such line, and the result is valid YAML', () => {
  const settings = normalizeSettings({ locale: 'fr' });
  const analysis = analyze(broken, settings);
  const ctx = { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings };
  const first = analysis.findings.find((f) => f.ruleId === 'front-matter')!;
  const actions = computeActions(ctx, { range: first.span, quickFixes: true, sourceActions: false });
  const one = actions.find((a) => a.id === 'quoteFrontMatterValue')!;
  assert.equal(one.title, 'Mettre la valeur entre guillemets');
  assert.ok(applyEdits(broken, one.edits).includes('title: "Voyage en train : le guide"\n'));
  const all = actions.find((a) => a.id === 'quoteFrontMatterValues')!;
  const fixed = applyEdits(broken, all.edits);
  assert.ok(fixed.includes('description: "Prix : 3 \\"euros\\" par trajet, \\\\ compris"\n'));
  const fm = parseFrontMatter(fixed)!;
  assert.equal(fm.error, undefined);
  const values = Object.fromEntries(fm.fields.map((f) => [f.key, f.value]));
  assert.equal(values.title, 'Voyage en train : le guide');
  assert.equal(values.description, 'Prix : 3 "euros" par trajet, \\ compris', 'the value is kept character for character');
});

const yamlCases: [string, RegExp][] = [
  ['---\ntitle: T\ntags:\n\t- a\n---\n', /une tabulation sert de retrait/],
  ['---\ntitle: "T\n---\n', /Front matter YAML invalide/],
  ['---\ntitle: "x" y\n---\n', /du texte suit la valeur/],
  ['+++\ntitle = \n+++\n', /Front matter TOML invalide à cette ligne\u00a0:/],
  ['---\ntitle: T\n', /Front matter YAML non fermé\u00a0: ajoutez une ligne «\u00a0---\u00a0»/],
];
for (const [text, expected] of yamlCases) {
  test(`front-matter: every parser message in the writer's language (${JSON.stringify(text.slice(0, 20))})`, () => {
    const [f] = checkRule('front-matter', text);
    assert.match(f.message, expected);
    assert.doesNotMatch(f.message, /[Uu]nexpected|[Mm]issing|[Nn]ested|[Ii]ndent/);
  });
}
