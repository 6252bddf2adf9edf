// The assistant's transport to an OpenAI-compatible server (Ollama, llama.cpp, LM Studio, vLLM, OpenAI…):
// `POST {endpoint}/chat/completions`, streamed (server-sent events) or not, with the global `fetch`
// (Node 20, and the browser build). Every failure becomes one `AssistantError` with a one-line message.
import { AssistantError, type ChatMessage, type ChatModel, type ChatOptions } from '../core/assistant';

export interface ChatCompletionsOptions {
  /** Base URL, e.g. `http://127.0.0.1:11434/v1`. */
  readonly endpoint: string;
  readonly model: string;
  /** Sent as `Authorization: Bearer …` when set. */
  readonly apiKey?: string;
  readonly timeoutMs: number;
  /** Ask for a streamed answer (the default): progress and early cancellation. */
  readonly stream?: boolean;
  /** Injected in tests; the global `fetch` otherwise. */
  readonly fetch?: typeof fetch;
}

/** Beyond this many characters an answer is not a title or a section: the request is abandoned. */
const MAX_ANSWER = 100_000;

/** The URL requests go to, or an error message when the endpoint is not an http(s) URL. */
export function completionsUrl(endpoint: string): URL | string {
  let url: URL;
  try {
    url = new URL(endpoint.replace(/\/+$/, '') + '/chat/completions');
  } catch {
    return `the endpoint « ${endpoint} » is not a URL`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `the endpoint « ${endpoint} » is not an http(s) URL`;
  return url;
}

function oneLine(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function contentOf(value: unknown, streamed: boolean): string | undefined {
  const choice = (value as { choices?: { delta?: { content?: unknown }; message?: { content?: unknown } }[] } | null)?.choices?.[0];
  if (!choice) return undefined;
  const content = streamed ? (choice.delta?.content ?? choice.message?.content ?? '') : choice.message?.content;
  return typeof content === 'string' ? content : content === null && streamed ? '' : undefined;
}

async function readStream(body: ReadableStream<Uint8Array>, onText: ((chunk: string) => void) | undefined): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let answer = '';
  let done = false;
  const line = (raw: string): void => {
    const l = raw.replace(/\r$/, '');
    if (!l.startsWith('data:')) return;
    const data = l.slice(5).trim();
    if (data === '[DONE]') {
      done = true;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(data);
    } catch {
      throw new AssistantError('malformed', `malformed event in the streamed answer: ${oneLine(data, 80)}`);
    }
    const error = (value as { error?: { message?: unknown } } | null)?.error;
    if (error) throw new AssistantError('http', `the model reported an error: ${oneLine(String(error.message ?? JSON.stringify(error)))}`);
    const piece = contentOf(value, true);
    if (piece === undefined) throw new AssistantError('malformed', `unexpected event in the streamed answer: ${oneLine(data, 80)}`);
    if (piece) {
      answer += piece;
      onText?.(piece);
    }
  };
  try {
    while (!done) {
      const { value, done: end } = await reader.read();
      if (end) break;
      buffer += decoder.decode(value, { stream: true });
      let nl = buffer.indexOf('\n');
      while (nl !== -1 && !done) {
        line(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf('\n');
      }
      if (answer.length > MAX_ANSWER) throw new AssistantError('malformed', `the answer exceeds ${MAX_ANSWER} characters`);
    }
    if (!done && buffer.trim() !== '') line(buffer);
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (!done) throw new AssistantError('network', 'the streamed answer ended before its end mark ([DONE])');
  return answer;
}

/** A chat model behind an OpenAI-compatible endpoint. */
export function chatCompletionsModel(options: ChatCompletionsOptions): ChatModel {
  const doFetch = options.fetch ?? globalThis.fetch;
  const stream = options.stream !== false;
  return {
    label: `${options.endpoint} (${options.model || 'default model'})`,
    async complete(messages: readonly ChatMessage[], chat: ChatOptions = {}): Promise<string> {
      const url = completionsUrl(options.endpoint);
      if (typeof url === 'string') throw new AssistantError('unavailable', url);
      if (chat.signal?.aborted) throw new AssistantError('cancelled', 'the request was cancelled');
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, options.timeoutMs);
      const onAbort = (): void => controller.abort();
      chat.signal?.addEventListener('abort', onAbort, { once: true });
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: stream ? 'text/event-stream, application/json' : 'application/json' };
      if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
      const body = JSON.stringify({ ...(options.model ? { model: options.model } : {}), messages, stream, temperature: 0.7 });
      let answering = false;
      try {
        const response = await doFetch(url, { method: 'POST', headers, body, signal: controller.signal });
        answering = true;
        if (!response.ok) {
          const text = await response.text().catch(() => '');
          let detail = text;
          try {
            const parsed = JSON.parse(text) as { error?: { message?: unknown } | string };
            detail = typeof parsed.error === 'string' ? parsed.error : String(parsed.error?.message ?? text);
          } catch {
            // not JSON: the text itself
          }
          throw new AssistantError('http', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${detail ? `: ${oneLine(detail)}` : ''}`);
        }
        const type = response.headers.get('content-type') ?? '';
        if (type.includes('text/event-stream')) {
          if (!response.body) throw new AssistantError('malformed', 'the streamed answer has no body');
          return await readStream(response.body, chat.onText);
        }
        const text = await response.text();
        if (text.length > MAX_ANSWER) throw new AssistantError('malformed', `the answer exceeds ${MAX_ANSWER} characters`);
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          throw new AssistantError('malformed', `the answer is not JSON: ${oneLine(text, 80)}`);
        }
        const content = contentOf(value, false);
        if (content === undefined) throw new AssistantError('malformed', `the answer has no choices[0].message.content: ${oneLine(text, 80)}`);
        chat.onText?.(content);
        return content;
      } catch (error) {
        if (error instanceof AssistantError) throw error;
        if (timedOut) throw new AssistantError('timeout', `no complete answer from ${options.endpoint} within ${Math.round(options.timeoutMs / 1000)} s`);
        if (chat.signal?.aborted) throw new AssistantError('cancelled', 'the request was cancelled');
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
        throw new AssistantError('network', answering ? `the connection to ${options.endpoint} closed during the answer (${oneLine(why)})` : `cannot reach ${options.endpoint}: ${oneLine(why)}`);
      } finally {
        clearTimeout(timer);
        chat.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

/** The API key from the environment variable the writer named (never from settings); none in a web worker, which has no environment. */
export function apiKeyFrom(variable: string, env: NodeJS.ProcessEnv = typeof process === 'undefined' ? {} : process.env): string | undefined {
  if (!variable) return undefined;
  const value = env[variable];
  return value && value.trim() !== '' ? value.trim() : undefined;
}
