// The fake model of the end-to-end suite, run through the core on the same article: each task gives
// one checked proposal at least, and the hostile half of each answer is dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyEdits, normalizeSettings, parseArticle } from '../../server/src/core';
import { assist, ASSIST_TASKS, type ChatModel } from '../../server/src/core/assistant';
import { fakeAnswer, FAKE_DESCRIPTION, FAKE_TITLE, FAKE_TRANSLATION } from '../support/fakeAnswers';

const repoRoot = resolve(__dirname, '..', '..', '..');
const text = readFileSync(resolve(repoRoot, 'test', 'fixtures', 'e2e-workspace', 'raw-article.md'), 'utf8');
const settings = normalizeSettings({ locale: 'fr' });
const model: ChatModel = { label: 'fake', complete: async (messages) => fakeAnswer(messages) };

test('every task gives checked proposals on the raw article with the fake model', async () => {
  const article = parseArticle(text, { titleFields: settings.frontMatter.titleFields });
  const results: Record<string, string[]> = {};
  for (const task of ASSIST_TASKS) {
    const r = await assist({ task, article, settings }, model);
    assert.ok(r.ok, `${task}: ${JSON.stringify(r)}`);
    assert.ok(r.outcome.proposals.length >= 1, `${task}: ${JSON.stringify(r.outcome.rejected)}`);
    for (const p of r.outcome.proposals) assert.notEqual(applyEdits(text, [p.edit]), text, task);
    results[task] = r.outcome.proposals.map((p) => p.text);
  }
  assert.deepEqual(results.title, [FAKE_TITLE]);
  assert.deepEqual(results.description, [FAKE_DESCRIPTION]);
  assert.deepEqual(results.translate, [FAKE_TRANSLATION]);
  assert.equal(results.rephrase.length, 1, 'the unchanged sentence is dropped');
});
