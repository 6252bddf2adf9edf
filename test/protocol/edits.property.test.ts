// Random Markdown and random incremental edits sent to the running server over stdio: the server never
// crashes, after each edit its diagnostics equal a fresh analysis of the same text by the core (run
// here, converted with the same positions), and every range lies inside the document on UTF-16
// boundaries. Code actions asked on random ranges are arrays whose edits stay inside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, normalizeSettings } from '../../server/src/core';
import { toDiagnostic } from '../../server/src/lsp/positions';
import { params, splitsPair } from '../support/fcConfig';
import { insertion, markdownDocument } from '../support/markdownArbitrary';
import { TestClient } from './lspClient';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}

/** An edit chosen relative to the current text, so that it always makes sense whatever the length. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 40 }), text: insertion });
/** Batches of edits: one didChange with several content changes, or several didChange notifications. */
const batches = fc.array(fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 3 }), together: fc.boolean(), askActions: fc.boolean() }), { minLength: 1, maxLength: 6 });

function checkRange(doc: TextDocument, range: Range, what: string): void {
  const text = doc.getText();
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < doc.lineCount, `${what}: line ${p.line} outside 0..${doc.lineCount - 1}`);
    const lineStart = doc.offsetAt({ line: p.line, character: 0 });
    const lineEnd = p.line + 1 < doc.lineCount ? doc.offsetAt({ line: p.line + 1, character: 0 }) : text.length;
    const content = text.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
    assert.ok(p.character >= 0 && p.character <= content.length, `${what}: character ${p.character} outside line ${p.line} (${content.length})`);
    assert.ok(!splitsPair(text, doc.offsetAt(p)), `${what}: position ${JSON.stringify(p)} inside a surrogate pair`);
  }
  assert.ok(doc.offsetAt(range.start) <= doc.offsetAt(range.end), `${what}: start after end`);
}

const strip = (d: { code?: unknown; message: unknown; severity?: unknown; range: unknown }) => ({ code: d.code, message: d.message, severity: d.severity, range: d.range });

let documentsTried = 0;
let editsApplied = 0;
let actionRequests = 0;

test('property: random incremental edits over the protocol: no crash, diagnostics equal a fresh analysis, ranges valid', { timeout: 120_000 }, async () => {
  const started = Date.now();
  const client = await TestClient.start();
  const settings = normalizeSettings({}, 'fr');
  let n = 0;
  try {
    // At start-up the server publishes without the language detector, then again once it is loaded
    // (a deliberate two-step start). Warm it up first, so that every publication below is complete:
    // with a title that only the n-gram detector can judge (no French or English function word).
    const warm = 'file:///tmp/prop-warm-up.md';
    await client.open(warm, '# Rendimiento del servidor web moderno\n\nTexte.\n');
    await client.diagnostics(warm, (p) => p.diagnostics.some((d) => d.code === 'title-language'), 10_000);
    await fc.assert(
      fc.asyncProperty(markdownDocument, batches, async (initial, steps) => {
        const uri = `file:///tmp/prop-${++n}.md`;
        documentsTried++;
        const doc = TextDocument.create(uri, 'markdown', 1, initial);
        await client.open(uri, initial);
        let version = 1;
        const compare = async (): Promise<void> => {
          const published = await client.diagnostics(uri, (p) => p.version === version, 10_000);
          const expected = analyze(doc.getText(), settings, { fileName: `prop-${n}.md` }).findings.map((f) => strip(toDiagnostic(doc, f)));
          assert.deepEqual(published.diagnostics.map(strip), expected, `diagnostics after version ${version} of ${JSON.stringify(doc.getText())}`);
          for (const d of published.diagnostics) checkRange(doc, d.range, `diagnostic ${String(d.code)}`);
        };
        await compare();
        for (const step of steps) {
          const changes: { range: Range; text: string }[] = [];
          for (const e of step.edits) {
            const text = doc.getText();
            const start = Math.floor(e.at * text.length);
            const end = Math.min(text.length, start + e.length);
            const change = { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: e.text };
            changes.push(change);
            // Each change applies to the result of the previous one, as LSP specifies.
            TextDocument.update(doc, [change], doc.version + 1);
            editsApplied++;
          }
          if (step.together) {
            await client.change(uri, ++version, changes);
          } else {
            for (const change of changes) await client.change(uri, ++version, [change]);
          }
          assert.equal(client.process.exitCode, null, 'the server is still running');
          await compare();
          if (step.askActions) {
            actionRequests++;
            const text = doc.getText();
            const a = doc.positionAt(Math.floor(text.length / 3));
            const published = await client.diagnostics(uri, (p) => p.version === version);
            const actions = (await client.connection.sendRequest('textDocument/codeAction', {
              textDocument: { uri },
              range: { start: a, end: doc.positionAt(text.length) },
              context: { diagnostics: published.diagnostics },
            })) as { edit?: { documentChanges?: { edits: { range: Range }[] }[] } }[];
            assert.ok(Array.isArray(actions));
            for (const action of actions) {
              for (const dc of action.edit?.documentChanges ?? []) for (const te of dc.edits) checkRange(doc, te.range, 'code action edit');
            }
          }
        }
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }),
      params(40, 'protocol edits'),
    );
    assert.deepEqual(client.stderr.join('').match(/failed|Error/g) ?? [], [], client.stderr.join(''));
  } finally {
    await client.stop();
    console.log(`[protocol edits] ${documentsTried} documents, ${editsApplied} edits, ${actionRequests} code-action requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
});
