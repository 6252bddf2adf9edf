// The assistant through the language server: code actions only with a provider, `plume/assist` with a
// local fake of a chat-completions endpoint or with VS Code's model through `plume/chat`, the command
// for other editors (message request, versioned edit), hostile answers, cancellation, `plume/check`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { TestClient } from './lspClient';
import { FakeChatServer } from '../support/fakeChatServer';
import { ARTICLE } from '../../server/src/core/assistant/testing';

interface Action {
  title: string;
  kind?: string;
  command?: { command: string; arguments: unknown[] };
  edit?: unknown;
}
type Assist = { ok: true; version: number; proposals: { text: string; detail: string; edit: { range: unknown; newText: string } }[]; rejected: { text: string; reason: string }[] } | { ok: false; message: string };

const GOOD = 'Talents en IA : la bataille des géants de la technologie';
const uri = 'file:///tmp/plume-assistant.md';

async function codeActions(client: TestClient): Promise<Action[]> {
  const d = await client.diagnostics(uri, (p) => p.version === 1 && p.diagnostics.some((x) => x.code === 'paragraph-language'), 10_000);
  return client.connection.sendRequest<Action[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
    context: { diagnostics: d.diagnostics, triggerKind: 1 },
  });
}

test('provider off: no assistant action, no assist', async () => {
  const client = await TestClient.start({ configuration: {} });
  try {
    await client.open(uri, ARTICLE);
    const actions = await codeActions(client);
    assert.ok(actions.length > 0);
    assert.deepEqual(actions.filter((a) => a.command?.command === 'plume.assist'), []);
    const r = await client.connection.sendRequest<Assist>('plume/assist', { uri, task: 'title' });
    assert.equal(r.ok, false);
  } finally {
    await client.stop();
  }
});

test('openai-compatible: actions on the matching diagnostics, checked proposals, hostile answers answered', async () => {
  const fake = await FakeChatServer.start();
  const client = await TestClient.start({ configuration: { assistant: { provider: 'openai-compatible', endpoint: fake.endpoint, model: 'fake', timeoutSeconds: 2 } } });
  try {
    await client.open(uri, ARTICLE);
    const actions = (await codeActions(client)).filter((a) => a.command?.command === 'plume.assist');
    const titles = actions.map((a) => a.title);
    for (const t of ['Réécrire le titre en français…', 'Traduire ce paragraphe en français…', 'Compléter l’article…']) assert.ok(titles.includes(t), `${t} in ${titles.join(' | ')}`);
    assert.ok(actions.every((a) => a.edit === undefined), 'nothing is applied by the action itself');
    const translate = actions.find((a) => a.title.startsWith('Traduire'))!;
    assert.deepEqual((translate.command!.arguments[0] as { position: unknown }).position, { line: 9, character: 0 });

    const preview = await client.connection.sendRequest<{ ok: boolean; to: string; description: string }>('plume/assistPreview', { uri, task: 'title' });
    assert.ok(preview.ok);
    assert.match(preview.description, /^Plume enverra à http:\/\/127\.0\.0\.1:\d+\/v1 \(fake\) : le titre/);
    assert.equal(fake.requests.length, 0, 'a preview sends nothing');

    fake.push({ kind: 'stream', pieces: ['["', GOOD, '", "AI talent: the big tech battle"]'] }, { kind: 'json', content: '[]' });
    const r = await client.connection.sendRequest<Assist>('plume/assist', { uri, task: 'title' });
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(r.proposals.map((p) => p.text), [GOOD]);
    assert.equal(r.version, 1);
    // The minimal edit: « t…e » of « the big tech battle » stay.
    assert.deepEqual(r.proposals[0].edit, { range: { start: { line: 1, character: 24 }, end: { line: 1, character: 42 } }, newText: 'la bataille des géants de la technologi' });
    assert.ok(r.rejected.some((x) => x.text === 'AI talent: the big tech battle'));

    const hostile: [string, Parameters<FakeChatServer['push']>, RegExp][] = [
      ['HTTP 500', [{ kind: 'status', status: 500, body: 'boom' }], /Le modèle a échoué\u202f: HTTP 500/],
      ['malformed JSON', [{ kind: 'raw', body: 'not json' }], /not JSON/],
      ['closed socket', [{ kind: 'close' }], /closed during the answer/],
      ['slow stream', [{ kind: 'stream', pieces: Array.from({ length: 200 }, () => 'mot '), delayMs: 20 }], /within 2 s/],
    ];
    for (const [name, behaviours, expected] of hostile) {
      fake.push(...behaviours);
      const h = await client.connection.sendRequest<Assist>('plume/assist', { uri, task: 'title' });
      assert.ok(!h.ok, name);
      assert.match(h.message, expected, name);
    }
    // Cancelled while streaming: answered, nothing to apply, the server goes on.
    fake.push({ kind: 'stream', pieces: Array.from({ length: 200 }, () => 'mot '), delayMs: 20 });
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest<Assist>('plume/assist', { uri, task: 'title' }, source.token);
    setTimeout(() => source.cancel(), 300);
    const cancelled = await pending.catch((e: unknown) => ({ ok: false as const, message: String(e) }));
    assert.equal(cancelled.ok, false);
    // The document changes while the model writes: no edits for a stale version.
    fake.push({ kind: 'stream', pieces: ['["', GOOD, '"]'], delayMs: 300 });
    const stale = client.connection.sendRequest<Assist>('plume/assist', { uri, task: 'title' });
    await new Promise((r) => setTimeout(r, 100));
    await client.change(uri, 2, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'Ajout. ' }]);
    const s = await stale;
    assert.ok(!s.ok);
    assert.match(s.message, /a changé pendant la requête/);
    const check = await client.connection.sendRequest<{ findings: { rule: string; line: number }[] }>('plume/check', { uri });
    assert.ok(check.findings.some((f) => f.rule === 'paragraph-language' && f.line === 10));
  } finally {
    await client.stop();
    await fake.stop();
  }
});

test('vscode provider: the model is asked through plume/chat; the command for other editors applies a versioned edit', async () => {
  const client = await TestClient.start({
    configuration: { assistant: { provider: 'vscode', model: 'copilot-gpt-4o' } },
    capabilities: { workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } }, window: { workDoneProgress: true } },
  });
  const asked: { model: string; messages: { role: string; content: string }[] }[] = [];
  const chats: object[] = [{ ok: true, text: `1. ${GOOD}\n2. Talents en IA : the big tech battle` }, { ok: true, text: '[]' }];
  client.connection.onRequest('plume/chat', (p: (typeof asked)[number]): object => {
    asked.push(p);
    return chats.shift() ?? { ok: false, kind: 'unavailable', message: 'no model' };
  });
  const shown: string[] = [];
  client.connection.onRequest('window/showMessageRequest', (p: { message: string; actions?: { title: string }[] }) => {
    shown.push(p.message);
    return p.actions?.[0] ?? null;
  });
  client.connection.onRequest('window/workDoneProgress/create', () => null);
  const applied: unknown[] = [];
  client.connection.onRequest('workspace/applyEdit', (p: unknown) => {
    applied.push(p);
    return { applied: true };
  });
  try {
    await client.open(uri, ARTICLE);
    await client.diagnostics(uri, (p) => p.version === 1);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'plume.assist', arguments: [{ uri, task: 'title' }] });
    assert.equal(asked[0].model, 'copilot-gpt-4o');
    assert.equal(asked[0].messages[0].role, 'system');
    assert.match(shown[0], /^Plume enverra à VS Code \(copilot-gpt-4o\) : le titre/);
    assert.match(shown[1], /Propositions vérifiées par Plume/);
    assert.deepEqual(applied, [
      {
        label: 'Réécrire le titre en français',
        edit: { documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: { start: { line: 1, character: 24 }, end: { line: 1, character: 42 } }, newText: 'la bataille des géants de la technologi' }] }] },
      },
    ]);
  } finally {
    await client.stop();
  }
});
