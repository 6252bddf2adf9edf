// The client's answer to `plume/chat` (plume.assistant.provider: vscode) with a stand-in for
// `vscode.lm`: the model picked by id, then family; messages mapped; failures as results, never throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Module from 'node:module';

class LanguageModelError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface FakeModel {
  id: string;
  family: string;
  name: string;
  sent: unknown[][];
  sendRequest(messages: unknown[], options: unknown, token: { isCancellationRequested: boolean }): Promise<{ text: AsyncIterable<string> }>;
}

let behaviour: 'ok' | 'refused' | 'broken' = 'ok';
const models: FakeModel[] = ['gpt-4o', 'claude'].map((family) => ({
  id: `vendor-${family}`,
  family,
  name: family.toUpperCase(),
  sent: [] as unknown[][],
  async sendRequest(messages) {
    this.sent.push(messages);
    if (behaviour === 'refused') throw new LanguageModelError('no consent', 'NoPermissions');
    if (behaviour === 'broken') throw new Error('socket hang up');
    return {
      text: (async function* () {
        yield '["Un ';
        yield 'titre"]';
      })(),
    };
  },
}));
const fakeVscode = {
  l10n: { t: (s: string) => s },
  LanguageModelError,
  LanguageModelChatMessage: { User: (content: string) => ({ role: 'user', content }), Assistant: (content: string) => ({ role: 'assistant', content }) },
  lm: {
    selectChatModels: async (selector: { id?: string; family?: string }) => models.filter((m) => (!selector.id || m.id === selector.id) && (!selector.family || m.family === selector.family)),
  },
};
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, ...rest);
};

test('chatWithVscodeModel: id, family or first model; streamed text joined; failures reported', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chatWithVscodeModel } = require('../../client/src/assistant/vscodeModel') as typeof import('../../client/src/assistant/vscodeModel');
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) } as never;
  const messages = [
    { role: 'system' as const, content: 'Consignes' },
    { role: 'user' as const, content: 'Propose' },
    { role: 'assistant' as const, content: '[]' },
  ];
  assert.deepEqual(await chatWithVscodeModel({ model: 'claude', messages }, token), { ok: true, text: '["Un titre"]' });
  assert.deepEqual(models[1].sent[0], [
    { role: 'user', content: 'Consignes' },
    { role: 'user', content: 'Propose' },
    { role: 'assistant', content: '[]' },
  ]);
  assert.deepEqual(await chatWithVscodeModel({ model: 'vendor-gpt-4o', messages }, token), { ok: true, text: '["Un titre"]' });
  assert.equal(models[0].sent.length, 1);
  assert.deepEqual(await chatWithVscodeModel({ model: '', messages }, token), { ok: true, text: '["Un titre"]' });
  assert.deepEqual(await chatWithVscodeModel({ model: 'mistral', messages }, token), { ok: false, kind: 'unavailable', message: 'no VS Code language model matches « mistral »' });
  behaviour = 'refused';
  assert.deepEqual(await chatWithVscodeModel({ model: 'claude', messages }, token), { ok: false, kind: 'unavailable', message: 'CLAUDE: NoPermissions' });
  behaviour = 'broken';
  assert.deepEqual(await chatWithVscodeModel({ model: 'claude', messages }, token), { ok: false, kind: 'http', message: 'CLAUDE: socket hang up' });
  const cancelled = { isCancellationRequested: true } as never;
  assert.deepEqual(await chatWithVscodeModel({ model: 'claude', messages }, cancelled), { ok: false, kind: 'cancelled', message: 'the request was cancelled' });
});
