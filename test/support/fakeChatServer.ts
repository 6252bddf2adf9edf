// A local fake of an OpenAI-compatible chat-completions endpoint on 127.0.0.1, for the transport,
// the command line and the language server tests. Each request takes the next scripted behaviour.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  /** A JSON answer whose content is this text. */
  | { readonly kind: 'json'; readonly content: string }
  /** A streamed answer, in these pieces, `delayMs` apart. */
  | { readonly kind: 'stream'; readonly pieces: readonly string[]; readonly delayMs?: number }
  | { readonly kind: 'status'; readonly status: number; readonly body?: string }
  /** A body that is not what the protocol says (not JSON, no choices…). */
  | { readonly kind: 'raw'; readonly body: string; readonly type?: string }
  /** A JSON answer computed from the request (a fake model that reads its prompt). */
  | { readonly kind: 'reply'; readonly reply: (body: Recorded['body']) => string }
  /** Headers sent, then the socket is destroyed. */
  | { readonly kind: 'close' }
  /** Never answers (until the client gives up). */
  | { readonly kind: 'hang' };

export interface Recorded {
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: { model?: string; stream?: boolean; messages: { role: string; content: string }[] };
}

export class FakeChatServer {
  readonly requests: Recorded[] = [];
  private readonly queue: Behaviour[] = [];
  private server!: Server;
  private readonly open = new Set<ServerResponse>();
  /** Used once the queue is empty. */
  fallback: Behaviour = { kind: 'status', status: 503, body: '{"error":{"message":"no scripted answer"}}' };

  static async start(behaviours: Behaviour[] = []): Promise<FakeChatServer> {
    const fake = new FakeChatServer();
    fake.queue.push(...behaviours);
    fake.server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  push(...behaviours: Behaviour[]): void {
    this.queue.push(...behaviours);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    let body: Recorded['body'] = { messages: [] };
    try {
      body = JSON.parse(raw) as Recorded['body'];
    } catch {
      // recorded as empty
    }
    this.requests.push({ url: req.url ?? '', headers: req.headers, body });
    const b = this.queue.shift() ?? this.fallback;
    this.open.add(res);
    res.on('close', () => this.open.delete(res));
    switch (b.kind) {
      case 'json':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: b.content }, finish_reason: 'stop' }] }));
        return;
      case 'reply':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: b.reply(body) }, finish_reason: 'stop' }] }));
        return;
      case 'stream': {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        for (const piece of b.pieces) {
          if (res.destroyed) return;
          res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: piece } }] })}\n\n`);
          if (b.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
        }
        if (!res.destroyed) res.end('data: [DONE]\n\n');
        return;
      }
      case 'status':
        res.writeHead(b.status, { 'content-type': 'application/json' });
        res.end(b.body ?? '');
        return;
      case 'raw':
        res.writeHead(200, { 'content-type': b.type ?? 'application/json' });
        res.end(b.body);
        return;
      case 'close':
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: '["Un début' } }] })}\n\n`);
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      case 'hang':
        return;
    }
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.socket?.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
