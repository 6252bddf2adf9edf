// `codeAction/resolve` over stdio: a client that resolves `edit` (as VS Code does) gets the costly
// actions (« Corriger toute la typographie », the outline, the description, fix-all) without edit and
// resolves them to the edit an eager client gets at once; after an edit to the document, resolving
// gives the edit of the newest version or none with a reason, never the stale one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot, TestClient, type PublishedDiagnostics } from './lspClient';

const raw = readFileSync(resolve(repoRoot, 'examples', 'raw-article.md'), 'utf8');
const uri = 'file:///tmp/resolve-article.md';
const workspace = { configuration: true, didChangeConfiguration: { dynamicRegistration: true } };
/** What VS Code's client declares. */
const RESOLVING = { workspace, textDocument: { codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] } } } };

interface WireAction {
  title: string;
  kind?: string;
  edit?: { documentChanges?: { textDocument: { version: number }; edits: unknown[] }[] };
  command?: { command: string; arguments?: unknown[] };
  data?: unknown;
  disabled?: { reason: string };
  diagnostics?: unknown[];
}

type Diagnostic = PublishedDiagnostics['diagnostics'][number];

async function started(capabilities?: Record<string, unknown>): Promise<{ client: TestClient; published: PublishedDiagnostics }> {
  const client = await TestClient.start(capabilities ? { capabilities } : {});
  await client.open(uri, raw);
  return { client, published: await client.diagnostics(uri, (d) => d.diagnostics.length > 0) };
}

function actionsAt(client: TestClient, diagnostic: Diagnostic | undefined, only?: string[]): Promise<WireAction[]> {
  const range = diagnostic?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range,
    context: { diagnostics: diagnostic ? [diagnostic] : [], triggerKind: 1, ...(only ? { only } : {}) },
  });
}

const resolveAction = (client: TestClient, action: WireAction): Promise<WireAction> => client.connection.sendRequest('codeAction/resolve', action);
const typo = (d: PublishedDiagnostics): Diagnostic => d.diagnostics.find((x) => x.code === 'typo-nbsp')!;
const byTitle = (actions: WireAction[], title: string): WireAction | undefined => actions.find((a) => a.title === title);
const SOURCE_KINDS = ['source.plume.insertSubheadings', 'source.plume.generateDescription', 'source.fixAll.plume', 'source.plume.fixTypography'];

test('a client that resolves edits gets the costly actions without edit, and resolving gives the eager edit and command', async () => {
  const lazy = await started(RESOLVING);
  const eager = await started();
  try {
    const diagnostic = typo(lazy.published);
    assert.ok(diagnostic, 'the article has a typography finding');
    const listed = await actionsAt(lazy.client, diagnostic);
    const all = byTitle(listed, 'Corriger toute la typographie');
    assert.ok(all, listed.map((a) => a.title).join(' | '));
    assert.equal(all.edit, undefined, 'listed without its edit');
    assert.equal(all.command, undefined, 'the command that reveals the edit comes with it');
    assert.ok(all.data, 'with what identifies it');
    // The cheap fix keeps its edit.
    assert.ok(byTitle(listed, 'Corriger la typographie ici')?.edit);

    const expected = byTitle(await actionsAt(eager.client, typo(eager.published)), 'Corriger toute la typographie');
    assert.ok(expected?.edit, 'an eager client gets the edit at once');
    assert.equal(expected.data, undefined);
    const resolved = await resolveAction(lazy.client, all);
    assert.deepEqual(resolved.edit, expected.edit);
    assert.deepEqual(resolved.command, expected.command);
    assert.equal(resolved.title, all.title);

    // The outline's quick fix, on the section its finding reports.
    const section = lazy.published.diagnostics.find((d) => d.code === 'subheadings')!;
    const outline = (await actionsAt(lazy.client, section)).find((a) => a.title.startsWith('Insérer des intertitres'));
    const outlineEager = (await actionsAt(eager.client, section)).find((a) => a.title === outline?.title);
    assert.ok(outline && outlineEager?.edit && outline.edit === undefined, 'the outline is resolved too');
    assert.deepEqual((await resolveAction(lazy.client, outline)).edit, outlineEager.edit);

    for (const kind of SOURCE_KINDS) {
      const [action] = await actionsAt(lazy.client, undefined, [kind]);
      const [reference] = await actionsAt(eager.client, undefined, [kind]);
      assert.ok(action && reference, kind);
      assert.equal(action.edit, undefined, `${kind}: listed without edit`);
      assert.ok(reference.edit, `${kind}: eager edit`);
      const done = await resolveAction(lazy.client, action);
      assert.deepEqual(done.edit, reference.edit, kind);
      assert.deepEqual(done.command, reference.command, kind);
    }
  } finally {
    await Promise.all([lazy.client.stop(), eager.client.stop()]);
  }
});

test('a client without resolve support gets every edit at once', async () => {
  const { client, published } = await started();
  try {
    const actions = [...(await actionsAt(client, typo(published))), ...(await actionsAt(client, undefined, ['source']))];
    assert.ok(actions.length > 4);
    for (const a of actions) {
      assert.ok(a.edit || a.disabled, `« ${a.title} » has its edit`);
      assert.equal(a.data, undefined, `« ${a.title} » needs no resolve`);
    }
  } finally {
    await client.stop();
  }
});

test('resolving after an edit gives the edit of the new version, or none with a reason: never the stale edit', async () => {
  const { client, published } = await started(RESOLVING);
  try {
    const listed = await actionsAt(client, typo(published));
    const all = byTitle(listed, 'Corriger toute la typographie')!;
    const [description] = await actionsAt(client, undefined, ['source.plume.generateDescription']);
    assert.equal(description.title, 'Générer la méta-description');

    // Version 2: a word inserted at the very start of the body, before every typography finding.
    await client.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Ajout ' }]);
    const resolved = await resolveAction(client, all);
    const changes = resolved.edit?.documentChanges?.[0];
    assert.ok(changes, 'the fix still applies');
    assert.equal(changes.textDocument.version, 2, 'computed on the new version');
    const fresh = byTitle(await actionsAt(client, typo(await client.diagnostics(uri, (d) => d.version === 2))), 'Corriger toute la typographie')!;
    assert.deepEqual(resolved.edit, (await resolveAction(client, fresh)).edit, 'the same edit as one listed on the new version');

    // Version 3: the article gets a description: « Générer » no longer applies (« Régénérer » would).
    await client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '---\ndescription: Une description écrite à la main.\n---\n' }]);
    const gone = await resolveAction(client, description);
    assert.equal(gone.edit, undefined, 'no stale edit');
    assert.match(gone.disabled?.reason ?? '', /ne s’applique plus/);
    assert.equal(gone.command?.command, 'plume.notice', 'the writer is told why');
  } finally {
    await client.stop();
  }
});
