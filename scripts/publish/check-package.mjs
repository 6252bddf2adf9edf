// Dry run of both registries on the packaged .vsix, offline (CI reaches only the npm registry):
//  - Visual Studio Marketplace: `vsce package` (run before) validates the manifest; `vsce ls` must list
//    the files the extension needs (both entries, Node and browser) and nothing it must not ship.
//  - Open VSX: the pinned `ovsx publish` runs for real against a local stand-in of the registry's
//    publish API, which receives the upload and checks it as Open VSX does (namespace and name, semver,
//    licence, engine), then answers like the registry. Nothing leaves the machine.
//
//   node scripts/publish/check-package.mjs plume-seo-0.1.0.vsix
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const vsix = resolve(process.argv[2] ?? join(root, `plume-seo-${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}.vsix`));
const problems = [];
const say = (m) => console.log(`[package] ${m}`);

// ---- Marketplace: what vsce ships ----
const ls = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
if (ls.status !== 0) problems.push(`vsce ls failed: ${ls.stderr}`);
const files = ls.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/client.js', 'dist/server.js', 'dist/server-main.js', 'dist/lexicon.js', 'dist/dictionary-fr.js', 'dist/dictionary-en.js', 'dist/language-detector.js', 'dist/web/client.js', 'dist/web/server.js', 'images/icon.png']) {
  if (!files.includes(needed)) problems.push(`the package lacks ${needed}`);
}
for (const f of files) {
  if (/\.map$|(^|\/)(corpus|test|out|scripts|server\/src|client\/src)\//.test(f)) problems.push(`the package must not ship ${f}`);
}
const size = statSync(vsix).size;
say(`vsce ls: ${files.length} files; ${vsix.split('/').pop()} is ${(size / 1024).toFixed(0)} KB`);
if (size > 5 * 1024 * 1024) problems.push(`the .vsix is ${(size / 1048576).toFixed(1)} MB: over the 5 MB this project allows itself`);

// ---- The unpacked package runs: the Node bundles require their data from files beside them
// (scripts/lib/bundle.mjs), so a package without one fails here. `check` needs the dictionaries and the
// language detector (spelling, paragraph language), `outline` the French lexicon.
{
  const dir = mkdtempSync(join(tmpdir(), 'plume-vsix-'));
  try {
    const unzip = spawnSync('unzip', ['-q', vsix, '-d', dir], { encoding: 'utf8' });
    if (unzip.status !== 0) problems.push(`unzip failed: ${unzip.stderr}`);
    const ext = join(dir, 'extension');
    const cli = (...args) => {
      const run = spawnSync(process.execPath, [join(ext, 'dist', 'cli.js'), ...args, '--format', 'json', join(ext, 'examples', 'raw-article.md')], { encoding: 'utf8' });
      try {
        return { ...run, json: JSON.parse(run.stdout) };
      } catch {
        return { ...run, json: undefined };
      }
    };
    const check = cli('check');
    const rules = new Set((check.json?.[0]?.diagnostics ?? []).map((d) => d.code));
    const outline = cli('outline');
    if (check.status > 1 || !rules.has('spelling') || !rules.has('paragraph-language')) {
      problems.push(`the unpacked package's CLI did not check its example with spelling and languages (exit ${check.status}): ${check.stderr.slice(-500)}`);
    } else if (outline.status !== 0 || !Array.isArray(outline.json) || outline.json.length === 0) {
      problems.push(`the unpacked package's CLI proposed no outline for its example (exit ${outline.status}): ${outline.stderr.slice(-500)}`);
    } else say(`unpacked package: dist/cli.js checks examples/raw-article.md (${rules.size} rules found something) and proposes ${outline.json.length} subheadings`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- Open VSX: ovsx publish against a local stand-in ----
const NAME = /^[\w\-+$~]+$/;
const SEMVER = /^\d+\.\d+\.\d+(-[\w.-]+)?$/;
function checkLikeOpenVsx(body) {
  const dir = mkdtempSync(join(tmpdir(), 'plume-ovsx-'));
  try {
    const file = join(dir, 'upload.vsix');
    writeFileSync(file, body);
    const unzip = (path) => spawnSync('unzip', ['-p', file, path], { encoding: 'utf8' });
    const manifest = unzip('extension/package.json');
    if (manifest.status !== 0) return { error: 'the upload has no extension/package.json' };
    const pkg = JSON.parse(manifest.stdout);
    const listing = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' }).stdout.split('\n');
    const errors = [];
    if (!NAME.test(pkg.publisher ?? '')) errors.push(`invalid namespace « ${pkg.publisher} »`);
    if (!NAME.test(pkg.name ?? '')) errors.push(`invalid name « ${pkg.name} »`);
    if (!SEMVER.test(pkg.version ?? '')) errors.push(`invalid version « ${pkg.version} »`);
    if (!pkg.license && !listing.some((f) => /^extension\/LICENSE/i.test(f))) errors.push('no licence');
    if (!pkg.engines?.vscode) errors.push('no engines.vscode');
    if (!listing.includes('extension.vsixmanifest')) errors.push('no extension.vsixmanifest');
    if (pkg.browser && !listing.includes(`extension/${pkg.browser.replace(/^\.\//, '')}`)) errors.push(`browser entry ${pkg.browser} missing`);
    if (errors.length > 0) return { error: errors.join('; ') };
    return { namespace: pkg.publisher, name: pkg.name, version: pkg.version, targetPlatform: 'universal' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const json = (status, value) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  if (req.method === 'GET' && url.pathname === '/api/version') return json(200, { version: '0.0.0-stand-in' });
  if (req.method === 'POST' && url.pathname === '/api/-/publish') {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const result = checkLikeOpenVsx(Buffer.concat(chunks));
      json(result.error ? 400 : 201, result);
    });
    return undefined;
  }
  return json(404, { error: `not part of the stand-in: ${req.method} ${url.pathname}` });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const registry = `http://127.0.0.1:${server.address().port}`;
const ovsx = await new Promise((resolveRun) => {
  // Asynchronous: the stand-in answers on this process's event loop.
  import('node:child_process').then(({ spawn }) => {
    const child = spawn('npx', ['ovsx', 'publish', '--packagePath', vsix, '--registryUrl', registry, '--pat', 'dry-run'], { cwd: root, env: { ...process.env, OVSX_PAT: '' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolveRun({ code, out }));
  });
});
server.close();
say(`ovsx publish (local stand-in): ${ovsx.out.trim().split('\n').filter((l) => !/size limit/i.test(l)).join(' / ')}`);
if (ovsx.code !== 0 || !/Published/.test(ovsx.out)) problems.push(`ovsx publish failed (${ovsx.code}): ${ovsx.out}`);

if (problems.length > 0) {
  for (const p of problems) console.error(`[package] ${p}`);
  process.exit(1);
}
say('ready for the Marketplace (vsce publish) and Open VSX (npx ovsx publish): see docs/publishing.md');
