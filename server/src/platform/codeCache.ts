// Loads a CommonJS bundle through V8's code cache: the bytecode of its top level and of every function
// compiled during the first seconds of a run (start-up and the first analysis) is saved in `dir` and
// reused by the next start, which then skips parsing and compiling them (~80 ms of a ~300 ms start).
// Any problem with the cache (unreadable, rejected by V8, unwritable folder) falls back to compiling.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** How long after loading the cache is written: by then the first document has usually been analysed. */
const SAVE_AFTER_MS = 5000;
const SUFFIX = '.v8cache';

/**
 * The cache's name for this file and runtime, from the file's metadata rather than a hash of its
 * megabytes (which took 6–10 ms of each start for 3.9 MB, 13–30 ms for 8.6 MB): writing the file again (a rebuild, an update of the
 * extension, a copy) changes its change time and usually its modification time, inode or size; the
 * change time cannot be set back by tools that preserve dates (unzip, cp -p, rsync -a). What this
 * protects against is real: V8 checks only the source's length (and its own version and flags), so a
 * cache of another build of the same length would be accepted against the wrong source. A mismatch of
 * version or flags V8 rejects itself (`cachedDataRejected`: compiled afresh and saved again).
 */
export function cacheKey(file: string): string {
  const { size, mtimeMs, ctimeMs, ino, dev } = statSync(file);
  const id = `${file} ${size} ${mtimeMs} ${ctimeMs} ${ino} ${dev} ${process.version} ${process.arch}`;
  return createHash('sha256').update(id).digest('hex').slice(0, 20);
}

/**
 * The bundle's source. An ASCII file (esbuild.mjs writes the bundles so: scripts/lib/ascii-output.mjs)
 * is decoded as Latin-1, which Node hands V8 as one external one-byte string without a UTF-8 pass
 * (the 3.9 MB server bundle: ~8 ms as UTF-8, ~5 ms so); anything else as UTF-8.
 */
function readSource(file: string): string {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

export function loadWithCodeCache(file: string, dir: string): void {
  // The shebang is not valid inside the wrapper: sliced off (V8 shares the characters, no copy); the
  // wrapper's concatenation is flattened once by the compiler, the only copy of the source made here.
  const source = readSource(file).replace(/^#!.*/, '');
  const cacheFile = join(dir, `server-${cacheKey(file)}${SUFFIX}`);
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
