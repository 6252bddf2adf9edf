// Loads a CommonJS bundle through V8's code cache: the bytecode of its top level and of every function
// compiled during the first seconds of a run (start-up and the first analysis) is saved in `dir` and
// reused by the next start, which then skips parsing and compiling them (~80 ms of a ~300 ms start).
// Any problem with the cache (unreadable, rejected by V8, unwritable folder) falls back to compiling.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** How long after loading the cache is written: by then the first document has usually been analysed. */
const SAVE_AFTER_MS = 5000;
const SUFFIX = '.v8cache';

export function loadWithCodeCache(file: string, dir: string): void {
  const source = readFileSync(file, 'utf8').replace(/^#!.*/, '');
  // V8 checks little more than the source's length: the name binds the cache to this exact build and runtime.
  const key = createHash('sha256').update(source).update(`${process.version} ${process.arch}`).digest('hex').slice(0, 20);
  const cacheFile = join(dir, `server-${key}${SUFFIX}`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache yet
  }
  const script = new Script(wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (!cachedData || script.cachedDataRejected) {
    // Saved once: a few seconds in, or when the server exits before that (a short session).
    let saved = false;
    const once = (): void => {
      if (!saved) save(script, dir, cacheFile);
      saved = true;
    };
    setTimeout(once, SAVE_AFTER_MS).unref();
    process.once('exit', once);
  }
  const module = { exports: {} };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}

function save(script: Script, dir: string, cacheFile: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Caches of other builds are of no more use.
    for (const name of readdirSync(dir)) if (name.endsWith(SUFFIX) && join(dir, name) !== cacheFile) rmSync(join(dir, name), { force: true });
    // Written aside then renamed: a server starting meanwhile reads the old file or the new, never half.
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // The cache is an optimisation: without it the next start compiles, as it does the first time.
  }
}
