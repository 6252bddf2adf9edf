// dist/server.js: starts the language server (dist/server-main.js). When the client names a folder of
// its own for caches (PLUME_CODE_CACHE_DIR: the VS Code extension passes its global storage), the
// bundle is loaded through V8's code cache; otherwise it is simply required.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadWithCodeCache } from './platform/codeCache';
import { SERVER_RUNTIME_V8_FLAGS } from './platform/serverProcess';

// Before anything is allocated: how often V8 collects the old generation (see serverProcess.ts).
for (const flag of SERVER_RUNTIME_V8_FLAGS) setFlagsFromString(flag);

const main = join(__dirname, 'server-main.js');
const cacheDir = process.env.PLUME_CODE_CACHE_DIR;
if (cacheDir) loadWithCodeCache(main, cacheDir);
// eslint-disable-next-line @typescript-eslint/no-require-imports
else require(main);
