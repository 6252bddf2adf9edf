import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeActions } from '../actions';
import { applyEdits } from '../base/edit';
import { slugFromTitle } from '../seo/slug';
import { analyze } from '../pipeline/analyze';
import { parseFrontMatter } from '../article/frontMatter';
import { normalizeSettings } from '../config/settings';
import { checkRule } from './testing';

const settings = normalizeSettings({ locale: 'fr' });

function actionsFor(text: string) {
  const analysis = analyze(text, settings);
  return computeActions({ article: analysis.article, settings, locale: 'fr', findings: analysis.findings });
}

test('slugFromTitle: ASCII, no stop words, at most six words, verbs dropped first', () => {
  assert.equal(
    slugFromTitle('Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA'),
    'grands-patrons-technologie-bataille-expertise-ia',
  );
  assert.equal(slugFromTitle("L'été à Paris : 10 idées d’œuvres"), 'ete-paris-10-idees-oeuvres');
  assert.equal(slugFromTitle('Un, deux, trois, quatre, cinq, six, sept, huit'), 'deux-trois-quatre-cinq-six-sept');
});

test('slug-format: reports a slug with accents, stop words or too many words; a date prefix does not count', () => {
  const fm = (slug: string) => `---\ntitle: Le vélo en ville\nslug: ${slug}\n---\n\nTexte.\n`;
  assert.equal(checkRule('slug-format', fm('velo-ville')).length, 0);
  assert.equal(checkRule('slug-format', fm('2024-01-02-velo-ville')).length, 0);
  const [f] = checkRule('slug-format', fm('Le-vélo-en-ville'));
  assert.equal(f.spanText, 'Le-vélo-en-ville');
  assert.deepEqual(f.data?.problems, ['format', 'stopWords']);
  assert.equal(f.data?.suggestion, 'velo-ville');
  assert.deepEqual(checkRule('slug-format', fm('un-deux-trois-quatre-cinq-six-sept'))[0].data?.problems, ['stopWords', 'length']);
  assert.equal(checkRule('slug-format', '---\ntitle: Le vélo\n---\n\nTexte.\n').length, 0, 'no slug field: nothing reported');
});

test('slug-format fix keeps quotes and the date prefix', () => {
  const text = `---\ntitle: "Le vélo en ville"\nslug: "2024-01-02-le-velo-en-ville"\n---\n\nTexte.\n`;
  const fix = actionsFor(text).find((a) => a.id === 'fixSlug');
  assert.ok(fix);
  assert.match(applyEdits(text, fix.edits), /\nslug: "2024-01-02-velo-ville"\n/);
});

test('writeSlug: adds the slug after the title in YAML and TOML, or creates the front matter', () => {
  const yaml = `---\ntitle: Le vélo en ville\ndate: 2024-01-01\n---\n\nTexte.\n`;
  const outYaml = applyEdits(yaml, actionsFor(yaml).find((a) => a.id === 'writeSlug')?.edits ?? []);
  assert.equal(outYaml, `---\ntitle: Le vélo en ville\nslug: velo-ville\ndate: 2024-01-01\n---\n\nTexte.\n`);
  const toml = `+++\ntitle = "Le vélo en ville"\n[params]\na = 1\n+++\n\nTexte.\n`;
  const outToml = applyEdits(toml, actionsFor(toml).find((a) => a.id === 'writeSlug')?.edits ?? []);
  assert.equal(outToml, `+++\ntitle = "Le vélo en ville"\nslug = "velo-ville"\n[params]\na = 1\n+++\n\nTexte.\n`);
  const fm = parseFrontMatter(outToml);
  assert.equal(fm?.error, undefined);
  assert.equal(fm?.fields.find((f) => f.key === 'slug')?.value, 'velo-ville');
  const raw = 'Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA\n\nLe texte suit ici.\n';
  const outRaw = applyEdits(raw, actionsFor(raw).find((a) => a.id === 'writeSlug')?.edits ?? []);
  assert.ok(outRaw.startsWith('---\nslug: grands-patrons-technologie-bataille-expertise-ia\n---\nLes grands patrons'));
  assert.equal(analyze(outRaw, settings).article.title?.text.startsWith('Les grands patrons'), true);
});
