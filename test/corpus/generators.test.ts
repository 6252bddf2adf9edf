// Every generator Plume offers on the corpus (description, headings, titles, slug) adds no finding of
// the rules it is meant to satisfy, checked by a full analysis of the edited text; and the gate does not
// get there by offering nothing. Skipped when ../shared/corpus is absent.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import test from 'node:test';
import { addedFindings, analyze, applyEdits, computeActions, GENERATOR_TARGETS, normalizeSettings, passesRules } from '../../server/src/core';

const corpus = resolve(process.cwd(), '..', 'shared', 'corpus');
const files = existsSync(join(corpus, 'MANIFEST.tsv'))
  ? readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0])
  : [];
const settings = normalizeSettings({ locale: 'fr' });

test('applying any offered generator adds no finding of its target rules (corpus)', (t) => {
  if (files.length === 0) return t.skip('no corpus at ../shared/corpus');
  const offered = new Map<string, number>();
  const raw = new Map<string, number>();
  const failures: string[] = [];
  const refused = new Map<string, number>();
  for (const file of files) {
    const text = readFileSync(join(corpus, file), 'utf8');
    const fileName = basename(file);
    const analysis = analyze(text, settings, { fileName });
    const context = { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings, fileName };
    const query = { range: { start: 0, end: text.length } };
    for (const action of computeActions(context, query)) {
      const targets = GENERATOR_TARGETS[action.id];
      if (!targets) continue;
      raw.set(action.id, (raw.get(action.id) ?? 0) + 1);
      // What the lightbulb offers: the actions the gate lets through (pipeline/verify.ts).
      if (!passesRules(context, action)) {
        for (const id of addedFindings(text, action.edits, analysis.findings, settings, targets, fileName)) refused.set(`${action.id}→${id}`, (refused.get(`${action.id}→${id}`) ?? 0) + 1);
        continue;
      }
      offered.set(action.id, (offered.get(action.id) ?? 0) + 1);
      const count = (findings: readonly { ruleId: string }[], id: string) => findings.filter((f) => f.ruleId === id).length;
      const after = analyze(applyEdits(text, action.edits), settings, { fileName }).findings;
      for (const id of targets) {
        if (count(after, id) > count(analysis.findings, id)) failures.push(`${file}: ${action.id} adds ${id}`);
      }
    }
  }
  t.diagnostic(`offered after the gate / before: ${[...raw].map(([id, n]) => `${id} ${offered.get(id) ?? 0}/${n}`).join(', ')}`);
  t.diagnostic(`refused, by the rule the text would offend: ${[...refused].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  assert.deepEqual(failures, []);
  // The gate keeps most generators: it must not satisfy the rules by offering nothing.
  const description = raw.get('generateDescription') ?? 0;
  assert.ok((offered.get('generateDescription') ?? 0) >= 0.8 * description, `descriptions ${offered.get('generateDescription')}/${description}`);
});
