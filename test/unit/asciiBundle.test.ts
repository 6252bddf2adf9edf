// The server's and the CLI's bundles are rewritten in ASCII (scripts/lib/ascii-output.mjs) so that V8
// holds their source, which it keeps for lazy compilation, as one byte a character instead of two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(__dirname, '..', '..', '..');

async function escapeNonAscii(text: string): Promise<string> {
  const entry = pathToFileURL(resolve(repoRoot, 'scripts', 'lib', 'ascii-output.mjs')).href;
  return ((await import(entry)) as { escapeNonAscii: (t: string) => string }).escapeNonAscii(text);
}

test('ascii bundle: escaped regular expressions match as the originals do', async () => {
  const sources = ['/[éèà«»]+/g', '/[☐☑✅]/u', '/\\p{L}’\\p{L}/u', '/😀+/u', '/[😀-😎]/u', '/caf[ée]/i'];
  const inputs = ['été « là »', '✅ fait', 'l’été', 'a 😀😀 b', '😃', 'CAFÉ', 'rien'];
  for (const source of sources) {
    const escaped = await escapeNonAscii(source);
    assert.match(escaped, /^[\x20-\x7e]*$/, source);
    const original = new Function(`return ${source}`)() as RegExp;
    const rewritten = new Function(`return ${escaped}`)() as RegExp;
    for (const input of inputs) assert.deepEqual(input.match(rewritten), input.match(original), `${source} on ${input}`);
  }
});

test('ascii bundle: the built server and CLI bundles (and the data files beside them) are ASCII only', () => {
  for (const file of ['dist/server-main.js', 'dist/cli.js', 'dist/lexicon.js', 'dist/dictionary-fr.js', 'dist/dictionary-en.js', 'dist/language-detector.js']) {
    const text = readFileSync(resolve(repoRoot, file), 'utf8');
    const at = text.search(/[\u0080-\uffff]/);
    assert.equal(at, -1, `${file}: non-ASCII at ${at}: ${text.slice(Math.max(0, at - 30), at + 10)}`);
  }
});
