import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AssistantError } from '../../server/src/core/assistant';
import { FakeChatServer } from '../support/fakeChatServer';
import { apiKeyFrom, chatCompletionsModel, completionsUrl } from '../../server/src/platform/chatCompletions';

const messages = [{ role: 'user' as const, content: 'Bonjour' }];

function kind(expected: string) {
  return (e: unknown) => e instanceof AssistantError && e.kind === expected && !e.message.includes('\n');
}

test('streamed and plain answers, the request as sent', async () => {
  const fake = await FakeChatServer.start([{ kind: 'stream', pieces: ['["Un ', 'titre"]'] }, { kind: 'json', content: 'Réponse entière' }]);
  try {
    const model = chatCompletionsModel({ endpoint: fake.endpoint, model: 'llama3.2', apiKey: 'sk-test', timeoutMs: 5000 });
    const pieces: string[] = [];
    assert.equal(await model.complete(messages, { onText: (t) => pieces.push(t) }), '["Un titre"]');
    assert.deepEqual(pieces, ['["Un ', 'titre"]']);
    assert.equal(await model.complete(messages), 'Réponse entière');
    const [first] = fake.requests;
    assert.equal(first.url, '/v1/chat/completions');
    assert.equal(first.headers.authorization, 'Bearer sk-test');
    assert.equal(first.body.model, 'llama3.2');
    assert.equal(first.body.stream, true);
    assert.deepEqual(first.body.messages, messages);
  } finally {
    await fake.stop();
  }
});

test('HTTP 500, malformed JSON, no choices, a malformed event, a closed socket, an endless answer, a hang, a refused connection', async () => {
  const fake = await FakeChatServer.start([
    { kind: 'status', status: 500, body: '{"error":{"message":"model crashed\\nbadly"}}' },
    { kind: 'raw', body: '{"choices": [' },
    { kind: 'raw', body: '{"id": "x"}' },
    { kind: 'raw', body: 'data: {not json}\n\n', type: 'text/event-stream' },
    { kind: 'close' },
    { kind: 'json', content: 'mot '.repeat(30_000) },
    { kind: 'hang' },
  ]);
  const endpoint = fake.endpoint;
  try {
    const model = chatCompletionsModel({ endpoint: fake.endpoint, model: 'm', timeoutMs: 400 });
    await assert.rejects(model.complete(messages), (e) => kind('http')(e) && /HTTP 500.*model crashed badly/.test((e as Error).message));
    await assert.rejects(model.complete(messages), kind('malformed'));
    await assert.rejects(model.complete(messages), kind('malformed'));
    await assert.rejects(model.complete(messages), kind('malformed'));
    await assert.rejects(model.complete(messages), kind('network'));
    await assert.rejects(model.complete(messages), (e) => kind('malformed')(e) && /exceeds 100000 characters/.test((e as Error).message));
    await assert.rejects(model.complete(messages), kind('timeout'));
  } finally {
    await fake.stop();
  }
  const gone = chatCompletionsModel({ endpoint, model: 'm', timeoutMs: 2000 });
  await assert.rejects(gone.complete(messages), kind('network'));
});

test('a slow stream is cut by the time-out; a cancelled request stops at once', async () => {
  const fake = await FakeChatServer.start([
    { kind: 'stream', pieces: Array.from({ length: 50 }, () => 'mot '), delayMs: 50 },
    { kind: 'stream', pieces: Array.from({ length: 50 }, () => 'mot '), delayMs: 50 },
  ]);
  try {
    const model = chatCompletionsModel({ endpoint: fake.endpoint, model: 'm', timeoutMs: 300 });
    const t0 = Date.now();
    await assert.rejects(model.complete(messages), kind('timeout'));
    assert.ok(Date.now() - t0 < 2000);
    const controller = new AbortController();
    const slow = chatCompletionsModel({ endpoint: fake.endpoint, model: 'm', timeoutMs: 10_000 });
    const pending = slow.complete(messages, { signal: controller.signal, onText: () => controller.abort() });
    await assert.rejects(pending, kind('cancelled'));
  } finally {
    await fake.stop();
  }
});

test('endpoints and keys', () => {
  assert.equal(String(completionsUrl('http://127.0.0.1:11434/v1/')), 'http://127.0.0.1:11434/v1/chat/completions');
  assert.equal(typeof completionsUrl('file:///etc/passwd'), 'string');
  assert.equal(typeof completionsUrl('pas une url'), 'string');
  assert.equal(apiKeyFrom('PLUME_KEY', { PLUME_KEY: ' sk ' }), 'sk');
  assert.equal(apiKeyFrom('', { PLUME_KEY: 'sk' }), undefined);
  assert.equal(apiKeyFrom('MISSING', {}), undefined);
});
