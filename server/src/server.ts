// Entry point of dist/server-main.js, the language server over stdio or IPC (see lsp/server.ts).
import { startServer } from './lsp/server';

startServer();
