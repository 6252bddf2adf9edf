// Deferred actions: listed with their title, their edits computed only when asked for, and the same
// edits as the eager path; the gate runs on them when they are resolved.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../../server/src/core/pipeline/analyze';
import { normalizeSettings } from '../../server/src/core/config/settings';
import { GENERATOR_TARGETS, offeredActions, resolveAction, verifiedActions } from '../../server/src/core/pipeline/verify';
import { computeActions, isDeferred, listActions, materialize, type ActionProvider, type DeferredAction } from '../../server/src/core/actions';

const settings = normalizeSettings({ locale: 'fr' });
const raw = readFileSync('examples/raw-article.md', 'utf8');
const analysis = analyze(raw, settings);
const context = { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings };

/** A provider whose one action counts how often its edits are computed. */
function counting(edits: { start: number; end: number; newText: string }[]): { provider: ActionProvider; computed: () => number } {
  let n = 0;
  const action: DeferredAction = {
    id: 'counted',
    title: 'Compter',
    kind: 'source',
    scope: 'document',
    computeEdits: () => {
      n++;
      return { edits };
    },
  };
  return { provider: { id: 'counted', sourceActions: () => [action] }, computed: () => n };
}

test('listing a deferred action computes nothing; computeActions computes its edits once', () => {
  const { provider, computed } = counting([{ start: 0, end: 0, newText: 'x' }]);
  const listed = listActions(context, { quickFixes: false }, [provider]);
  assert.equal(listed.length, 1);
  assert.ok(isDeferred(listed[0]));
  assert.equal(computed(), 0, 'not computed to be listed');
  const [eager] = computeActions(context, { quickFixes: false }, [provider]);
  assert.equal(computed(), 1);
  assert.deepEqual(eager.edits, [{ start: 0, end: 0, newText: 'x' }]);
  assert.equal(isDeferred(eager), false);
});

test('a deferred action with nothing to do is not offered by computeActions', () => {
  const { provider } = counting([]);
  assert.deepEqual(computeActions(context, { quickFixes: false }, [provider]), []);
  assert.equal(materialize(listActions(context, { quickFixes: false }, [provider])[0]), undefined);
});

test('the real costly actions are deferred and give the eager edits', () => {
  const typo = analysis.findings.find((f) => f.ruleId === 'typo-nbsp')!;
  const query = { range: typo.span, ruleIds: [typo.ruleId], sourceActions: true };
  const offered = offeredActions(context, query);
  const eager = verifiedActions(context, query);
  const deferred = offered.filter(isDeferred);
  assert.deepEqual(
    deferred.map((a) => a.id).sort(),
    ['fixAll', 'fixTypography', 'fixTypography', 'generateDescription', 'insertSubheadings'].sort(),
    'fix-all typography (quick fix and palette), fix-all, the description and the outline',
  );
  for (const action of deferred) {
    const same = eager.find((e) => e.id === action.id && e.kind === action.kind && e.title === action.title);
    assert.ok(same, `${action.id} (${action.kind}) offered eagerly too`);
    assert.deepEqual(resolveAction(context, action).action?.edits, same.edits, `${action.id}: same edits`);
  }
  // The cheap ones keep their edits.
  assert.ok(offered.some((a) => !isDeferred(a) && a.id === 'fix-typo-nbsp' && a.edits.length > 0));
});

test('a deferred generator goes through the gate when resolved', () => {
  const wide = 'M'.repeat(150);
  const bad: DeferredAction = {
    id: 'generateDescription',
    title: 'x',
    kind: 'source',
    scope: 'document',
    computeEdits: () => ({ edits: [{ start: 0, end: 0, newText: `---\ndescription: ${wide}\n---\n` }] }),
  };
  const refused = resolveAction(context, bad);
  assert.equal(refused.action, undefined, 'no edit offered');
  assert.ok(refused.refused && refused.refused.length > 0, 'says which rules would flag it');
  assert.ok(refused.refused.every((id) => GENERATOR_TARGETS.generateDescription.includes(id)), JSON.stringify(refused.refused));
  // Not a generator: no gate.
  const other = resolveAction(context, { ...bad, id: 'counted' });
  assert.equal(other.action?.edits.length, 1);
});
