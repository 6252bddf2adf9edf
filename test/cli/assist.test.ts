// `plume assist` against a local fake of a chat-completions endpoint: only checked proposals printed,
// the file edited only with --write, one-line failures with exit 1, no endpoint with exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeChatServer, type Behaviour } from '../support/fakeChatServer';
import { ARTICLE } from '../../server/src/core/assistant/testing';

const repoRoot = resolve(__dirname, '..', '..', '..');
const cli = resolve(repoRoot, 'dist', 'cli.js');

function run(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, LANG: 'fr_FR.UTF-8', PLUME_TEST_KEY: 'sk-local' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

function workspace(config?: object): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plume-assist-'));
  const file = join(dir, 'article.md');
  writeFileSync(file, ARTICLE);
  if (config) writeFileSync(join(dir, '.plumerc.json'), JSON.stringify(config));
  return { dir, file };
}

const GOOD_TITLE = 'Talents en IA : la bataille des géants de la technologie';

async function withFake(behaviours: Behaviour[], body: (fake: FakeChatServer) => Promise<void>): Promise<void> {
  const fake = await FakeChatServer.start(behaviours);
  try {
    await body(fake);
  } finally {
    await fake.stop();
  }
}

test('title: checked proposals printed, the rejected named on stderr, the file untouched', () =>
  withFake([{ kind: 'stream', pieces: ['["', GOOD_TITLE, '", "Talents en IA : the big tech battle"]'] }, { kind: 'json', content: '[]' }], async (fake) => {
    const { dir, file } = workspace();
    const r = await run(['assist', 'title', '--endpoint', fake.endpoint, '--model', 'fake', '--api-key-env', 'PLUME_TEST_KEY', 'article.md'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${GOOD_TITLE}\n`);
    assert.match(r.stderr, /Plume enverra à http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions : le titre, les intertitres et le début/);
    assert.match(r.stderr, /écarté « Talents en IA : the big tech battle » : le titre n’est pas entièrement en français/);
    assert.equal(readFileSync(file, 'utf8'), ARTICLE);
    assert.equal(fake.requests[0].headers.authorization, 'Bearer sk-local');
    assert.equal(fake.requests.length, 2, 'one retry with the reasons');
  }));

test('description --format json --write, endpoint from .plumerc.json', () => {
  const good = 'Les géants de la technologie se livrent une bataille acharnée pour attirer les talents en IA, à coups d’appels personnels et de primes.';
  return withFake([{ kind: 'json', content: JSON.stringify([good, good.replace('primes', 'promesses'), 'Trop court.']) }, { kind: 'json', content: 'Je ne sais pas.' }], async (fake) => {
    const { dir, file } = workspace({ assistant: { endpoint: fake.endpoint, model: 'fake', provider: 'off', apiKeyEnv: 'HOME' } });
    const r = await run(['assist', 'description', '--format', 'json', '--write', 'article.md'], dir);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { text: string; detail: string }[];
    assert.deepEqual(out.map((p) => p.text), [good, good.replace('primes', 'promesses')]);
    assert.equal(readFileSync(file, 'utf8'), ARTICLE.replace('keyphrase: talents en IA\n', `keyphrase: talents en IA\ndescription: ${good}\n`).replace(/(title: [^\n]*\n)(keyphrase[^\n]*\n)description: ([^\n]*)\n/, '$1description: $3\n$2'));
    // The project file may not name the key's variable: no Authorization header.
    assert.equal(fake.requests[0].headers.authorization, undefined);
    assert.equal(fake.requests[0].body.model, 'fake');
  });
});

test('translate at a line, expand with --write: the draft is marked', () =>
  withFake([], async (fake) => {
    const fr = 'La concurrence pour les travailleurs a conduit à des tentatives agressives de débauchage de chercheurs des entreprises rivales.';
    fake.push({ kind: 'json', content: fr });
    const { dir, file } = workspace();
    const line = ARTICLE.split('\n').findIndex((l) => l.startsWith('The competition')) + 1;
    const t = await run(['assist', 'translate', '--endpoint', fake.endpoint, '--line', String(line), '--write', 'article.md'], dir);
    assert.equal(t.status, 0, t.stderr);
    assert.equal(readFileSync(file, 'utf8'), ARTICLE.replace(/The competition[^\n]*/, fr));
    const para = 'Les entreprises technologiques recrutent les chercheurs en IA très tôt, parfois avant la fin de leurs études, et leur proposent des moyens de calcul que les laboratoires publics ne peuvent pas offrir. ';
    fake.push({ kind: 'json', content: `## Des chercheurs recrutés tôt\n\n${para.repeat(12)}\n\n${para.repeat(12)}` });
    const e = await run(['assist', 'expand', '--endpoint', fake.endpoint, '--write', 'article.md'], dir);
    assert.equal(e.status, 0, e.stderr);
    const after = readFileSync(file, 'utf8');
    assert.match(after, /<!-- Brouillon rédigé par un modèle de langue : à relire et vérifier avant publication -->\n\n## Des chercheurs recrutés tôt\n\n/);
    assert.match(after, /<!-- Fin du brouillon -->\n$/);
  }));

test('failures: one line, exit 1, file untouched; no endpoint: exit 2', async () => {
  const hostile: [string, Behaviour[], RegExp][] = [
    ['HTTP 500', [{ kind: 'status', status: 500, body: '{"error":{"message":"boom"}}' }], /le modèle a échoué: HTTP 500 Internal Server Error: boom/],
    ['malformed JSON', [{ kind: 'raw', body: '{"choices": [' }], /le modèle a échoué: the answer is not JSON/],
    ['closed socket', [{ kind: 'close' }], /le modèle a échoué: the connection to http:\/\/127\.0\.0\.1:\d+\/v1 closed during the answer \(UND_ERR_SOCKET\)/],
    ['slow stream', [{ kind: 'stream', pieces: Array.from({ length: 100 }, () => 'mot '), delayMs: 30 }], /le modèle a échoué: no complete answer .* within 1 s/],
    ['English only', [{ kind: 'json', content: '["The big tech battle for AI talent"]' }, { kind: 'json', content: '["The big tech battle"]' }], /aucune proposition n’a passé les vérifications/],
    ['empty', [{ kind: 'json', content: '' }, { kind: 'json', content: '' }], /aucune proposition n’a passé/],
    ['invented numbers', [{ kind: 'json', content: '["Talents en IA : 7 milliards en jeu"]' }, { kind: 'json', content: '["Talents en IA : 9 géants"]' }], /« 7 » ne figure pas/],
    ['fences and commentary', [{ kind: 'json', content: 'Voici :\n```markdown\n# **Talents en IA**\n```' }, { kind: 'json', content: '```\n```' }], /aucune proposition n’a passé/],
  ];
  let closed = '';
  await withFake([], async (fake) => {
    closed = fake.endpoint;
    for (const [name, behaviours, expected] of hostile) {
      fake.push(...behaviours);
      const { dir, file } = workspace();
      const r = await run(['assist', 'title', '--endpoint', fake.endpoint, '--timeout', '1', '--write', 'article.md'], dir);
      assert.equal(r.status, 1, `${name}: ${r.stderr}`);
      assert.match(r.stderr, expected, name);
      assert.equal(r.stdout.trim(), '', name);
      assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, `${name}: no stack trace`);
      assert.equal(readFileSync(file, 'utf8'), ARTICLE, name);
    }
  });
  const { dir } = workspace();
  const none = await run(['assist', 'title', 'article.md'], dir);
  assert.equal(none.status, 2);
  assert.equal(none.stderr, 'plume: aucun fournisseur d’assistant : donnez --endpoint URL ou « assistant.endpoint » dans .plumerc.json\n');
  const bad = await run(['assist', 'poem', 'article.md'], dir);
  assert.equal(bad.status, 2);
  // The fake has stopped: nothing listens on its port any more.
  const refused = await run(['assist', 'title', '--endpoint', closed, 'article.md'], dir);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /cannot reach http:\/\/127\.0\.0\.1:\d+\/v1: ECONNREFUSED\n$/);
});
