// The tests to copy with _template.ts: a table of texts that must fire and texts that must not.
// A registered rule uses `checkRule('<id>', text)` from ./testing instead of calling analyze.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../pipeline/analyze';
import { normalizeSettings } from '../config/settings';
import { templateRule } from './_template';

function check(text: string) {
  const { findings } = analyze(text, normalizeSettings({ locale: 'fr' }), {
    rules: [templateRule],
    onRuleError: (_id, error) => {
      throw error;
    },
  });
  return findings.map((f) => ({ text: text.slice(f.span.start, f.span.end), message: f.message }));
}

test('fires on a run of exclamation marks, on the run only', () => {
  assert.deepEqual(check('# Titre\n\nQuelle surprise !!! Vraiment.\n'), [{ text: '!!!', message: 'Gardez un seul point d’exclamation (3 ici).' }]);
});

for (const text of ['# Titre\n\nUne phrase calme.\n', '# Titre\n\nQuelle surprise !\n', '# Titre !!\n\nLe titre ne compte pas.\n', '```\ncode!!!\n```\n']) {
  test(`stays quiet: ${JSON.stringify(text)}`, () => {
    assert.deepEqual(check(text), []);
  });
}
