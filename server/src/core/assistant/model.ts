// What the assistant needs from a language model, whatever carries the request: an OpenAI-compatible
// endpoint (platform/chatCompletions.ts), VS Code's Language Model API (the client), a fake in tests.

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface ChatOptions {
  /** Aborts the request (the writer cancelled, or the time-out fired). */
  readonly signal?: AbortSignal;
  /** Called with each piece of a streamed answer, for progress. */
  readonly onText?: (chunk: string) => void;
}

export interface ChatModel {
  /** Who answers, as shown to the writer: « http://127.0.0.1:11434/v1 (llama3.2) ». */
  readonly label: string;
  /** The whole answer's text; rejects with an `AssistantError`. */
  complete(messages: readonly ChatMessage[], options?: ChatOptions): Promise<string>;
}

/** Why a request failed: each gives a one-line message and, on the command line, exit code 1. */
export type AssistantErrorKind = 'http' | 'network' | 'malformed' | 'timeout' | 'cancelled' | 'unavailable';

export class AssistantError extends Error {
  readonly kind: AssistantErrorKind;
  constructor(kind: AssistantErrorKind, message: string) {
    super(message);
    this.name = 'AssistantError';
    this.kind = kind;
  }
}
