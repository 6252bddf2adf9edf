// Fix-all on pasted material: the raw article's debris goes, its pseudo-bullets become a list, and on
// articles written by people fix-all's clean-up part removes only whole lines (or marks lists) and a
// second pass changes nothing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/core/pipeline/analyze';
import { normalizeSettings } from '../../server/src/core/config/settings';
import { fixArticle } from '../../server/src/core/pipeline/fixAll';
import { computeActions } from '../../server/src/core/actions';

const repoRoot = process.cwd();
const settings = normalizeSettings({ locale: 'fr' });
const raw = readFileSync(resolve(repoRoot, 'examples', 'raw-article.md'), 'utf8');

test('plume check on the raw article: the debris and the machine-translation artefacts of issue 19', () => {
  const found = analyze(raw, settings).findings.map((f) => `${f.ruleId} ${raw.slice(f.span.start, f.span.end)}`);
  for (const expected of [
    'debris-source Source link -57',
    'debris-credit Kelly Sullivan/Getty Images',
    'fused-words Métac’est',
    'translated-names Perplexité',
    'translated-names Mustafa Soliman',
    'translated-names Libre',
    'calques e-mails à froid',
    'calques embauches précoces',
    'anglicisms Big Tech',
    'leur-plural leur offres',
    'repetition travailleurs',
  ]) {
    assert.ok(found.includes(expected), `${expected} not in:\n${found.join('\n')}`);
  }
  assert.ok(found.some((f) => f.startsWith('pseudo-bullets')));
  assert.equal(found.filter((f) => f.startsWith('blank-lines')).length, 2);
});

test('fix-all on the raw article: the pseudo-bullets become a list, the debris goes, idempotent', () => {
  const { text } = fixArticle(raw, settings);
  assert.match(text, /\n\n- Les grandes entreprises technologiques[^\n]*\n- Les PDG[^\n]*\n- La concurrence[^\n]*\n\n/);
  for (const gone of ['Source link', '-57', 'Kelly Sullivan', 'Sergey Brin, cofondateur de Google.', '•', '\n\n\n']) assert.ok(!text.includes(gone), gone);
  assert.ok(text.includes('Métac’est Mark Zuckerberg et Sergey Brin de Google'), 'prose kept');
  assert.equal(fixArticle(text, settings).text, text);
  const after = analyze(text, settings).findings.map((f) => f.ruleId);
  for (const id of ['debris-source', 'debris-credit', 'pseudo-bullets', 'blank-lines']) assert.ok(!after.includes(id), id);
});

test('source.fixAll.plume (the editor) applies the same clean-up in one pass', () => {
  const analysis = analyze(raw, settings);
  const fixAll = computeActions({ article: analysis.article, settings, locale: 'fr', findings: analysis.findings }, { quickFixes: false }).find((a) => a.kind === 'source.fixAll');
  assert.ok(fixAll);
  assert.equal(fixAll.title, 'Nettoyer le texte collé et corriger la typographie');
  const sorted = [...fixAll.edits].sort((a, b) => b.start - a.start);
  let text = raw;
  for (const e of sorted) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  assert.equal(text, fixArticle(raw, settings).text);
});

test('fix-all on the French corpus: clean-up removes whole lines only, and a second pass changes nothing', (t) => {
  const corpus = resolve(repoRoot, '..', 'shared', 'corpus');
  const manifest = resolve(corpus, 'MANIFEST.tsv');
  if (!existsSync(manifest)) {
    t.skip('corpus absent');
    return;
  }
  const rows = readFileSync(manifest, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  for (const file of rows.filter((r) => r[4] === 'fr').map((r) => r[0])) {
    const text = readFileSync(resolve(corpus, file), 'utf8');
    const once = fixArticle(text, settings).text;
    assert.equal(fixArticle(once, settings).text, once, `${file}: not idempotent`);
    // What clean-up adds or removes on top of typography is empty lines.
    const typography = fixArticle(text, settings, { cleanup: false }).text;
    const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
    const a = lines(once);
    const b = lines(typography);
    const at = a.findIndex((l, i) => l !== b[i]);
    assert.ok(at === -1 && a.length === b.length, `${file}: clean-up changed a non-empty line: ${JSON.stringify(b[at])} → ${JSON.stringify(a[at])}`);
  }
});
