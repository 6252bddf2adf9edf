import { type IncomingMessage } from 'node:http';
export type Behaviour = 
/** A JSON answer whose content is this text. */
{
    readonly kind: 'json';
    readonly content: string;
}
/** A streamed answer, in these pieces, `delayMs` apart. */
 | {
    readonly kind: 'stream';
    readonly pieces: readonly string[];
    readonly delayMs?: number;
} | {
    readonly kind: 'status';
    readonly status: number;
    readonly body?: string;
}
/** A body that is not what the protocol says (not JSON, no choices…). */
 | {
    readonly kind: 'raw';
    readonly body: string;
    readonly type?: string;
}
/** Headers sent, then the socket is destroyed. */
 | {
    readonly kind: 'close';
}
/** Never answers (until the client gives up). */
 | {
    readonly kind: 'hang';
};
export interface Recorded {
    readonly url: string;
    readonly headers: IncomingMessage['headers'];
    readonly body: {
        model?: string;
        stream?: boolean;
        messages: {
            role: string;
            content: string;
        }[];
    };
}
export declare class FakeChatServer {
    readonly requests: Recorded[];
    private readonly queue;
    private server;
    private readonly open;
    /** Used once the queue is empty. */
    fallback: Behaviour;
    static start(behaviours?: Behaviour[]): Promise<FakeChatServer>;
    get endpoint(): string;
    push(...behaviours: Behaviour[]): void;
    private handle;
    stop(): Promise<void>;
}
