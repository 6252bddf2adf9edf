import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');
const read = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

interface Grammar {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, { match: string }>;
}

// The patterns are plain enough to behave the same in JavaScript and in Oniguruma.
const grammar = read('syntaxes/plume.injection.tmLanguage.json') as Grammar;
const directive = new RegExp(grammar.repository.directive.match);
const field = new RegExp(grammar.repository['front-matter-field'].match);

test('the grammar is contributed as an injection into Markdown', () => {
  const pkg = read('package.json') as { contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] } };
  const entry = pkg.contributes.grammars.find((g) => g.scopeName === grammar.scopeName);
  assert.ok(entry);
  assert.deepEqual(entry.injectTo, ['text.html.markdown']);
  assert.equal(resolve(root, entry.path), resolve(root, 'syntaxes/plume.injection.tmLanguage.json'));
  assert.match(grammar.injectionSelector, /comment\.block\.html/);
  assert.match(grammar.injectionSelector, /meta\.embedded\.block\.frontmatter/);
});

test('directives: the keyword and the rule ids are captured', () => {
  assert.deepEqual([...(directive.exec(' plume-disable-next-line subheadings ') ?? [])].slice(1), ['plume-disable-next-line', ' subheadings']);
  assert.deepEqual([...(directive.exec(' plume-disable min-words, subheadings -->') ?? [])].slice(1), ['plume-disable', ' min-words, subheadings']);
  assert.equal(directive.exec(' plume-enable ')?.[1], 'plume-enable');
  assert.equal(directive.exec(' plume-disabled '), null);
  assert.equal(directive.exec(' not-plume-enable '), null);
});

test('front-matter fields: the keys Plume reads, YAML or TOML style, not other keys', () => {
  for (const line of ['title: Mon titre', 'description: "x"', 'keyphrase:', 'keywords: [a, b]', 'slug = "mon-article"']) {
    assert.ok(field.test(line), line);
  }
  for (const line of ['subtitle: x', 'titles: x', '  title: nested', 'title:x', 'date: 2024-01-01']) {
    assert.ok(!field.test(line), line);
  }
});

test('every manifest string has English and French translations', () => {
  const pkgText = readFileSync(resolve(root, 'package.json'), 'utf8');
  const keys = [...pkgText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 10);
  const en = read('package.nls.json') as Record<string, string>;
  const fr = read('package.nls.fr.json') as Record<string, string>;
  for (const key of keys) {
    assert.ok(en[key], `package.nls.json lacks ${key}`);
    assert.ok(fr[key], `package.nls.fr.json lacks ${key}`);
  }
  assert.equal(fr['walkthrough.title'], 'Premiers pas avec Plume');
});

test('every vscode.l10n string of the client has a French translation', () => {
  const bundle = read('l10n/bundle.l10n.fr.json') as Record<string, string>;
  // `t()` (client/src/i18n.ts) is vscode.l10n.t that obeys plume.locale: both are looked up.
  // Every client source, so that a string added anywhere is caught.
  const sources = readdirSync(resolve(root, 'client/src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => `client/src/${f}`);
  const used = sources.flatMap((f) => [...readFileSync(resolve(root, f), 'utf8').matchAll(/(?:l10n\.t|\bt)\('([^']+)'/g)].map((m) => m[1]));
  assert.ok(used.length >= 20, `only ${used.length} strings found`);
  for (const s of used) assert.ok(bundle[s], `no French for « ${s} »`);
});
