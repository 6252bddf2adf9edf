// The server analyses in slices (lsp/analyses.ts): an analysis pauses between steps, is dropped when
// the document changes meanwhile, and requests that arrive then are answered from the previous
// analysis, shifted through the edits, with the fixes a fresh analysis would give.
import assert from 'node:assert/strict';
import test from 'node:test';
import { readFileSync } from 'node:fs';
import type { Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, deferLanguageDetector, normalizeSettings, preloadLanguageDetector, type Analysis } from '../../server/src/core';
import { DocumentAnalyzer } from '../../server/src/lsp/analyses';
import { provideCodeActions } from '../../server/src/lsp/codeActions';
import { DocumentStates } from '../../server/src/lsp/documentState';
import { EditLog } from '../../server/src/lsp/editLog';
import { toDiagnostic } from '../../server/src/lsp/positions';

const settings = normalizeSettings({ locale: 'fr' });
const text = readFileSync('examples/raw-article.md', 'utf8');
const uri = 'file:///raw-article.md';
const errors: string[] = [];
const connection = { console: { error: (m: string) => errors.push(m) } } as unknown as Connection;

/** An analyzer whose pauses wait until `release()`; `documents[uri]` is the newest version. */
function setup() {
  const editLog = new EditLog();
  const states = new DocumentStates();
  let document = editLog.configuration.create(uri, 'markdown', 1, text);
  let releases: (() => void)[] = [];
  let pauses = 0;
  const analyzer = new DocumentAnalyzer(
    connection,
    states,
    editLog,
    () => undefined,
    () => document.version,
    () => {
      pauses++;
      return new Promise<void>((resolve) => releases.push(resolve));
    },
    0, // a pause after every step
  );
  const edit = (offset: number, inserted: string): TextDocument => {
    const position = document.positionAt(offset);
    document = editLog.configuration.update(document, [{ range: { start: position, end: position }, text: inserted }], document.version + 1);
    return document;
  };
  const release = (): void => {
    const waiting = releases;
    releases = [];
    for (const r of waiting) r();
  };
  /** Drives an analysis to its end, releasing its pauses as they come. */
  const settle = async <T>(promise: Promise<T>): Promise<T> => {
    let done = false;
    void promise.finally(() => (done = true));
    while (!done) {
      release();
      await new Promise((r) => setImmediate(r));
    }
    return promise;
  };
  return { analyzer, states, editLog, edit, settle, release, document: () => document, pauses: () => pauses };
}

const plain = (a: Analysis | undefined): unknown => JSON.parse(JSON.stringify(a));

test('an analysis in slices equals a fresh one, and the next reuses it through the edit log', async () => {
  const s = setup();
  const first = await s.settle(s.analyzer.analysisOf(s.document(), settings));
  assert.deepEqual(plain(first), plain(analyze(text, settings, { fileName: 'raw-article.md' })));
  const second = s.edit(text.indexOf('\n\n') + 2, 'Une phrase ajoutée ici ; ');
  const reused = await s.settle(s.analyzer.analysisOf(second, settings));
  assert.deepEqual(plain(reused), plain(analyze(second.getText(), settings, { fileName: 'raw-article.md' })));
  assert.ok(s.pauses() > 0, 'the analysis paused at least once');
  assert.deepEqual(errors, []);
});

test('an analysis whose document changes meanwhile is dropped; the newest one is kept', async () => {
  const s = setup();
  await s.settle(s.analyzer.analysisOf(s.document(), settings));
  const v2 = s.edit(10, 'a');
  const dropped = s.analyzer.analysisOf(v2, settings, true);
  // While v2 is analysed (paused), the writer types again.
  await new Promise((r) => setImmediate(r));
  const v3 = s.edit(20, 'b');
  assert.equal(await s.settle(dropped), undefined);
  assert.equal(s.states.peek(uri)?.analysis?.version, 1, 'nothing of v2 was stored');
  const newest = await s.settle(s.analyzer.analysisOf(v3, settings, true));
  assert.deepEqual(plain(newest), plain(analyze(v3.getText(), settings, { fileName: 'raw-article.md' })));
  assert.equal(s.states.peek(uri)?.analysis?.version, 3);
});

test('quick fixes while the newest version is analysed: from the previous analysis, shifted, as a fresh analysis gives them', async () => {
  const s = setup();
  await s.settle(s.analyzer.analysisOf(s.document(), settings));
  // An edit near the start; the findings after it move.
  const edited = s.edit(text.indexOf('\n\n') + 2, 'Ajout ; ');
  const stale = s.analyzer.staleAnalysisOf(edited, settings);
  assert.ok(stale, 'the previous analysis and the changes since');
  const fresh = analyze(edited.getText(), settings);
  let compared = 0;
  for (const finding of fresh.findings.filter((f) => f.ruleId.startsWith('typo-') && f.span.start > text.indexOf('\n\n') + 20).slice(0, 15)) {
    const diagnostic = toDiagnostic(edited, finding);
    const params = { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], triggerKind: 2 as const } };
    // The document-wide « Corriger toute la typographie » of the previous version lacks what the edit
    // added: it is offered all the same (it fixes what it names), the local fixes are compared.
    const local = (actions: ReturnType<typeof provideCodeActions>) => actions.filter((a) => !a.title.startsWith('Corriger toute'));
    const shifted = local(provideCodeActions(edited, stale.analysis, settings, params, undefined, stale.changes));
    const expected = local(provideCodeActions(edited, fresh, settings, params, undefined));
    assert.deepEqual(shifted, expected, `${finding.ruleId} at ${finding.span.start}`);
    compared++;
  }
  assert.ok(compared > 0, 'typography findings after the edit were compared');
  // The edit's own issue (« Ajout ; » lacks a no-break space) has no fix from the stale analysis.
  const inserted = text.indexOf('\n\n') + 2;
  const own = fresh.findings.find((f) => f.ruleId === 'typo-nbsp' && f.span.start >= inserted && f.span.end <= inserted + 8);
  assert.ok(own, 'the edit brought a typo-nbsp finding');
  const diagnostic = toDiagnostic(edited, own);
  const params = { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], triggerKind: 2 as const } };
  const here = (actions: ReturnType<typeof provideCodeActions>) => actions.filter((a) => a.title === 'Corriger la typographie ici');
  assert.equal(here(provideCodeActions(edited, fresh, settings, params, undefined)).length, 1);
  assert.equal(here(provideCodeActions(edited, stale.analysis, settings, params, undefined, stale.changes)).length, 0);
});

test('the rules that waited for the detector run in slices once it is loaded, to what a fresh analysis gives', async () => {
  const s = setup();
  const first = await s.settle(s.analyzer.analysisOf(s.document(), settings));
  assert.ok(s.analyzer.lacksDetector(uri), 'the first analysis ran without the detector');
  deferLanguageDetector(false);
  preloadLanguageDetector();
  const before = s.pauses();
  const completed = await s.settle(s.analyzer.analysisOf(s.document(), settings));
  assert.ok(s.pauses() > before, 'the completion paused');
  assert.ok(completed.findings.length > first.findings.length);
  assert.deepEqual(plain(completed), plain(analyze(text, settings, { fileName: 'raw-article.md' })));
  assert.equal(s.analyzer.lacksDetector(uri), false);
  // Asked again: the completed analysis, not a third run.
  const pauses = s.pauses();
  assert.equal(await s.analyzer.analysisOf(s.document(), settings), completed);
  assert.equal(s.pauses(), pauses);
});
