import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../../server/src/core/pipeline/analyze';
import { normalizeSettings } from '../../server/src/core/config/settings';
import { applyEdits } from '../../server/src/core/base/edit';
import { addedFindings, GENERATOR_TARGETS, passesRules, verifiedActions } from '../../server/src/core/pipeline/verify';
import type { Action } from '../../server/src/core/actions';

const settings = normalizeSettings({ locale: 'fr' });
const raw = readFileSync('examples/raw-article.md', 'utf8');

function contextOf(text: string) {
  const analysis = analyze(text, settings);
  return { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings };
}

test('the generated description of the raw article raises no finding of the description rules', () => {
  const context = contextOf(raw);
  const generate = verifiedActions(context, { quickFixes: false }).find((a) => a.id === 'generateDescription');
  assert.ok(generate, 'a description is still offered');
  const after = analyze(applyEdits(raw, generate.edits), settings);
  const flagged = after.findings.filter((f) => GENERATOR_TARGETS.generateDescription.includes(f.ruleId));
  assert.deepEqual(flagged.map((f) => `${f.ruleId}: ${f.message}`), []);
});

test('the gate refuses a generator whose text its rules would flag, and lets other actions through', () => {
  const context = contextOf(raw);
  const wide = 'M'.repeat(150);
  const bad: Action = { id: 'generateDescription', title: 'x', kind: 'source', edits: [{ start: 0, end: 0, newText: `---\ndescription: ${wide}\n---\n` }] };
  assert.equal(passesRules(context, bad), false);
  assert.deepEqual(addedFindings(raw, bad.edits, context.findings, settings, GENERATOR_TARGETS.generateDescription), ['description-width']);
  const notGenerator: Action = { ...bad, id: 'fixTypography' };
  assert.equal(passesRules(context, notGenerator), true);
});
