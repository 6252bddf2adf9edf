import * as vscode from 'vscode';
import type { ChatParams, ChatResult } from '../../../server/src/lsp/protocol';

/**
 * Answers the server's `plume/chat` with VS Code's Language Model API (`plume.assistant.provider:
 * vscode`): the model named in `plume.assistant.model` (an id, else a family), else the first offered.
 * VS Code asks the writer's consent on the extension's first use.
 */
export async function chatWithVscodeModel(params: ChatParams, token: vscode.CancellationToken): Promise<ChatResult> {
  const selectors: vscode.LanguageModelChatSelector[] = params.model ? [{ id: params.model }, { family: params.model }] : [{}];
  let models: vscode.LanguageModelChat[] = [];
  for (const selector of selectors) {
    models = await vscode.lm.selectChatModels(selector);
    if (models.length > 0) break;
  }
  const model = models[0];
  if (!model) return { ok: false, kind: 'unavailable', message: params.model ? `no VS Code language model matches « ${params.model} »` : 'VS Code offers no language model' };
  // The API has no system role: the instructions go first, as a user message.
  const messages = params.messages.map((m) => (m.role === 'assistant' ? vscode.LanguageModelChatMessage.Assistant(m.content) : vscode.LanguageModelChatMessage.User(m.content)));
  try {
    const response = await model.sendRequest(messages, { justification: vscode.l10n.t('Plume asks for proposals that it checks with its own rules before showing them.') }, token);
    let text = '';
    for await (const piece of response.text) text += piece;
    return { ok: true, text };
  } catch (error) {
    if (token.isCancellationRequested) return { ok: false, kind: 'cancelled', message: 'the request was cancelled' };
    if (error instanceof vscode.LanguageModelError) return { ok: false, kind: 'unavailable', message: `${model.name}: ${error.code || error.message}` };
    return { ok: false, kind: 'http', message: `${model.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
