// The server's bundle loader (server/src/platform/codeCache.ts): it runs a CommonJS file as `require`
// would (shebang, UTF-8 or ASCII source, `require` relative to the file), and names its cache from the
// file's metadata, so that a file written again gets a new cache rather than another build's bytecode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cacheKey, loadWithCodeCache } from '../../server/src/platform/codeCache';

const box = globalThis as { plumeCodeCacheTest?: string };

function withDir(run: (dir: string) => Promise<void> | void): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plume-code-cache-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      delete box.plumeCodeCacheTest;
    }
  };
}

test('code cache: runs a bundle with a shebang, ASCII or not, requiring beside itself', withDir((dir) => {
  writeFileSync(join(dir, 'beside.js'), "exports.word = 'caf\\u00e9';\n");
  const sources = {
    ascii: "#!/usr/bin/env node\nglobalThis.plumeCodeCacheTest = require('./beside.js').word + ' ' + typeof module.exports;\n",
    utf8: "#!/usr/bin/env node\nglobalThis.plumeCodeCacheTest = require('./beside.js').word + ' ' + typeof module.exports; // « é »\n",
  };
  for (const [name, source] of Object.entries(sources)) {
    const file = join(dir, `${name}.js`);
    writeFileSync(file, source);
    delete box.plumeCodeCacheTest;
    loadWithCodeCache(file, join(dir, 'cache'));
    assert.equal(box.plumeCodeCacheTest, 'café object', name);
  }
  // Nothing is written before the server has run a while (or exits).
  assert.deepEqual(readdirSync(dir).filter((n) => n === 'cache'), []);
}));

test('code cache: the key holds while the file is untouched and changes when it is written again', withDir(async (dir) => {
  const file = join(dir, 'bundle.js');
  writeFileSync(file, 'globalThis.plumeCodeCacheTest = "a";\n');
  const first = cacheKey(file);
  assert.equal(cacheKey(file), first);
  // Same length, other content: V8 would take the old cache for it. Past the file system's clock tick.
  await sleep(50);
  writeFileSync(file, 'globalThis.plumeCodeCacheTest = "b";\n');
  assert.notEqual(cacheKey(file), first);
}));
