import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, TestClient, type PublishedDiagnostics } from './lspClient';

interface FullDiagnostic {
  code?: string | number;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  source?: string;
  data?: unknown;
  relatedInformation?: { location: { uri: string; range: { start: { line: number } } }; message: string }[];
}

const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };

/**
 * `plume-language-server --stdio` as a package manager installs it: an executable link named after
 * the `bin` entry of package.json, run directly (its shebang picks node).
 */
function installedCommand(): string[] {
  const binDir = mkdtempSync(join(tmpdir(), 'plume-bin-'));
  const target = resolve(repoRoot, pkg.bin['plume-language-server']);
  chmodSync(target, 0o755);
  const link = join(binDir, 'plume-language-server');
  symlinkSync(target, link);
  return [link, '--stdio'];
}

function makeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plume-ws-'));
  mkdirSync(join(dir, 'guides'));
  writeFileSync(join(dir, '.plumerc.json'), JSON.stringify({ rules: { 'min-words': 'off', subheadings: 'off', 'title-language': 'off' } }));
  writeFileSync(join(dir, 'a.md'), '---\ntitle: Le guide du design\nkeyphrase: design inclusif\n---\n\nTout commence par l’accessibilité numérique, dès la maquette.\n');
  writeFileSync(join(dir, 'guides', 'b.md'), '---\ntitle: Le guide du design\nkeyphrase: accessibilité numérique\n---\n\nUn autre texte.\n');
  return dir;
}

const codesOf = (p: PublishedDiagnostics) => p.diagnostics.map((d) => String(d.code)).sort();
/** The site-wide codes and those the project file turns off: the article-level rules also fire, unrelated here. */
const WATCHED = ['duplicate-title', 'duplicate-description', 'keyphrase-cannibalisation', 'internal-link-suggestion', 'min-words', 'subheadings', 'title-language'];
const watchedOf = (p: PublishedDiagnostics) => codesOf(p).filter((c) => WATCHED.includes(c));

test('the installed `plume-language-server --stdio` runs site-wide checks over the workspace folder', async () => {
  const dir = makeSite();
  const messages: { type: number; message: string }[] = [];
  const client = await TestClient.start({
    command: installedCommand(),
    rootUri: pathToFileURL(dir).href,
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  client.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
    messages.push(m);
  });
  try {
    const uri = pathToFileURL(join(dir, 'a.md')).href;
    await client.open(uri, readFileSync(join(dir, 'a.md'), 'utf8'));
    // The project file turned three rules off; the index (built in the background) finds the other article.
    const first = await client.diagnostics(uri, (d) => codesOf(d).includes('duplicate-title'));
    assert.deepEqual(watchedOf(first), ['duplicate-title', 'internal-link-suggestion']);
    const dup = first.diagnostics.find((d) => d.code === 'duplicate-title') as FullDiagnostic;
    assert.equal(dup.relatedInformation?.[0].location.uri, pathToFileURL(join(dir, 'guides', 'b.md')).href);
    assert.equal(dup.relatedInformation?.[0].location.range.start.line, 1);

    // The quick fix wraps the mention in a relative link.
    const hint = first.diagnostics.find((d) => d.code === 'internal-link-suggestion') as FullDiagnostic;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: hint.range,
      context: { diagnostics: [hint], only: ['quickfix'] },
    })) as { title: string; edit: { documentChanges: { edits: { newText: string }[] }[] } }[];
    const fix = actions.find((a) => /lien/.test(a.title));
    assert.ok(fix, JSON.stringify(actions));
    assert.deepEqual(fix.edit.documentChanges[0].edits.map((e) => e.newText), ['[', '](guides/b.md)']);

    // An invalid project file: one message, and the analysis goes on with the defaults.
    writeFileSync(join(dir, '.plumerc.json'), '{ "rules": ');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.plumerc.json')).href, type: 2 }] });
    const withDefaults = await client.diagnostics(uri, (d) => codesOf(d).includes('min-words'));
    assert.ok(codesOf(withDefaults).includes('duplicate-title'));
    assert.equal(messages.length, 1, JSON.stringify(messages));
    assert.match(messages[0].message, /\.plumerc\.json:1:\d+: invalid project configuration/);

    // Another article changes on disk: the duplicate goes away.
    writeFileSync(join(dir, 'guides', 'b.md'), '---\ntitle: Un autre titre\n---\n\nTexte.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'guides', 'b.md')).href, type: 2 }] });
    const after = await client.diagnostics(uri, (d) => !codesOf(d).includes('duplicate-title'));
    assert.ok(!codesOf(after).includes('internal-link-suggestion'), 'b.md no longer has a keyphrase');
  } finally {
    await client.stop();
  }
});

test('two open articles with the same title warn each other as soon as both are open', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plume-ws-'));
  const client = await TestClient.start({ command: installedCommand(), rootUri: pathToFileURL(dir).href, configuration: { rules: { 'min-words': 'off', subheadings: 'off' } } });
  try {
    const a = pathToFileURL(join(dir, 'a.md')).href;
    const b = pathToFileURL(join(dir, 'b.md')).href;
    await client.open(a, '# Un titre français\n\nTexte.\n');
    await client.diagnostics(a);
    await client.open(b, '# Un titre français\n\nAutre texte.\n');
    await client.diagnostics(b, (d) => codesOf(d).includes('duplicate-title'));
    await client.diagnostics(a, (d) => codesOf(d).includes('duplicate-title'));
  } finally {
    await client.stop();
  }
});
