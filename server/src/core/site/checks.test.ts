import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../article/parse';
import { applyEdits } from '../base/edit';
import { normalizeSettings } from '../config/settings';
import { checkSite, linkSuggestionEdits, SiteIndex, type LinkSuggestionData } from './checks';
import { foldSameLength, keyphraseKey } from './fold';
import { linksTo, relativeHref } from './links';
import { summarizeArticle } from './summary';

const settings = normalizeSettings({ locale: 'fr' });

function site(files: Record<string, string>, config = settings) {
  const index = new SiteIndex();
  const parsed = new Map<string, ReturnType<typeof parseArticle>>();
  for (const [path, text] of Object.entries(files)) {
    const article = parseArticle(text, { titleFields: config.frontMatter.titleFields });
    parsed.set(path, article);
    index.set(summarizeArticle(path, article, config));
  }
  const check = (path: string) => checkSite(parsed.get(path)!, index.get(path)!, index, config);
  return { index, check, parsed };
}

const fm = (fields: Record<string, string>, body = 'Un paragraphe.') =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;

test('folding keeps the length and ignores case, accents and apostrophes', () => {
  const text = 'L’Été À Noël';
  assert.equal(foldSameLength(text), "l'ete a noel");
  assert.equal(foldSameLength(text).length, text.length);
  assert.equal(keyphraseKey('  Référencement   NATUREL '), keyphraseKey('referencement naturel'));
  // Word forms and word order do not make another keyphrase; another content word does.
  assert.equal(keyphraseKey('maquettes'), keyphraseKey('la maquette'));
  assert.equal(keyphraseKey('naturel référencement'), keyphraseKey('référencement naturel'));
  assert.notEqual(keyphraseKey('référencement naturel'), keyphraseKey('référencement payant'));
});

test('duplicate titles point at each other with related locations', () => {
  const { check } = site({
    'a.md': fm({ title: 'Le guide du référencement' }),
    'blog/b.md': fm({ title: '"Le Guide du Référencement."' }),
    'c.md': fm({ title: 'Autre chose' }),
  });
  const [a] = check('a.md');
  assert.equal(a.ruleId, 'duplicate-title');
  assert.equal(a.severity, 'warning');
  assert.match(a.message, /Un autre article du site porte le même titre/);
  assert.equal(a.related.length, 1);
  assert.equal(a.related[0].location.path, 'blog/b.md');
  // The related location is the title's words in b.md, without quotes: line 1, after `title: "`.
  assert.deepEqual(a.related[0].location.start, { line: 1, character: 8 });
  assert.deepEqual(check('c.md'), []);
});

test('duplicate descriptions and keyphrases, with the configured fields', () => {
  const config = normalizeSettings({ locale: 'en', frontMatter: { keyphraseFields: ['tags'], descriptionField: 'summary' } });
  const { check } = site(
    {
      'a.md': fm({ title: 'Un', summary: 'Tout sur les tests.', tags: '[Accessibilité, design]' }),
      'b.md': fm({ title: 'Deux', summary: 'tout sur les tests', tags: '[accessibilite]' }),
      'c.md': fm({ title: 'Trois', summary: 'Autre', tags: '[Accessibilité]' }),
    },
    config,
  );
  const found = check('a.md');
  assert.deepEqual(found.map((f) => f.ruleId), ['duplicate-description', 'keyphrase-cannibalisation']);
  assert.match(found[1].message, /2 other articles of the site already target the keyphrase “Accessibilité”/);
  assert.deepEqual(found[1].related.map((r) => r.location.path), ['b.md', 'c.md']);
});

test('keyphrases that differ only by word form or order compete too', () => {
  const { check } = site({
    'a.md': fm({ title: 'Un', keyphrase: 'maquettes interactives' }),
    'b.md': fm({ title: 'Deux', keyphrase: 'la maquette interactive' }),
    'c.md': fm({ title: 'Trois', keyphrase: 'maquette statique' }),
  });
  assert.deepEqual(check('a.md').filter((f) => f.ruleId === 'keyphrase-cannibalisation').map((f) => f.related.map((r) => r.location.path)), [['b.md']]);
});

test('rules can be turned off or given another severity', () => {
  const files = { 'a.md': fm({ title: 'Même' }), 'b.md': fm({ title: 'Même' }) };
  assert.deepEqual(site(files, normalizeSettings({ rules: { 'duplicate-title': 'off' } })).check('a.md'), []);
  assert.equal(site(files, normalizeSettings({ rules: { 'duplicate-title': 'error' } })).check('a.md')[0].severity, 'error');
});

test('a mention of another article’s keyphrase suggests a link, and the fix wraps the mention', () => {
  const body = 'Le design inclusif commence par l’Accessibilité numérique, dès la maquette.';
  const { check, parsed } = site({
    'blog/a.md': fm({ title: 'Un', keyphrase: 'design inclusif' }, body),
    'guides/b.md': fm({ title: 'Deux', keyphrase: 'accessibilité numérique' }),
    'c.md': fm({ title: 'Trois', keyphrase: 'maquettes' }),
  });
  const found = check('blog/a.md');
  assert.equal(found.length, 1, JSON.stringify(found));
  const [hint] = found;
  assert.equal(hint.ruleId, 'internal-link-suggestion');
  assert.equal(hint.severity, 'hint');
  const text = parsed.get('blog/a.md')!.text;
  assert.equal(text.slice(hint.span.start, hint.span.end), 'Accessibilité numérique');
  const data = hint.data as unknown as LinkSuggestionData;
  assert.equal(data.href, '../guides/b.md');
  const fixed = applyEdits(text, linkSuggestionEdits(hint.span, data.href));
  assert.match(fixed, /par l’\[Accessibilité numérique\]\(\.\.\/guides\/b\.md\), dès/);
});

test('no suggestion when the article already links to the target, or the mention sits in a link', () => {
  const target = fm({ title: 'Deux', keyphrase: 'accessibilité numérique' });
  const linked = site({
    'a.md': fm({ title: 'Un' }, 'L’accessibilité numérique [ici](b.md).\n\nEncore l’accessibilité numérique.'),
    'b.md': target,
  });
  assert.deepEqual(linked.check('a.md'), []);
  const inLink = site({ 'a.md': fm({ title: 'Un' }, 'Voir [l’accessibilité numérique](https://exemple.fr/a11y).'), 'b.md': target });
  assert.deepEqual(inLink.check('a.md'), []);
  const inCode = site({ 'a.md': fm({ title: 'Un' }, '```\naccessibilité numérique\n```'), 'b.md': target });
  assert.deepEqual(inCode.check('a.md'), []);
  const partWord = site({ 'a.md': fm({ title: 'Un' }, 'Les maquettes.'), 'b.md': fm({ title: 'Deux', keyphrase: 'maquette' }) });
  assert.deepEqual(partWord.check('a.md'), []);
});

test('linksTo accepts the relative path and permalinks ending with the file name', () => {
  assert.ok(linksTo('../guides/b.md#x', 'blog/a.md', 'guides/b.md'));
  assert.ok(linksTo('/guides/b.md', 'blog/a.md', 'guides/b.md'));
  assert.ok(linksTo('https://site.fr/2020/01/b/', 'blog/a.md', 'guides/b.md'));
  assert.ok(linksTo('/docs/hooks/', 'a.md', 'docs/hooks/index.md'));
  assert.ok(!linksTo('c.md', 'blog/a.md', 'guides/b.md'));
  assert.equal(relativeHref('a.md', 'dossier à part/b c.md'), 'dossier%20%C3%A0%20part/b%20c.md');
});

test('the index says when a change matters to other articles', () => {
  const index = new SiteIndex();
  const s = (title: string) => summarizeArticle('a.md', parseArticle(fm({ title }), { titleFields: ['title'] }), settings);
  assert.equal(index.set(s('Un')), true);
  assert.equal(index.set(s('Un')), false);
  assert.equal(index.set(s('Deux')), true);
});

test('articles sharing a keyphrase give one suggestion per mention, with a fix for each', () => {
  const { check } = site({
    'a.md': fm({ title: 'Un' }, 'Parlons du RGAA aujourd’hui.'),
    'b.md': fm({ title: 'Deux', keyphrase: 'RGAA' }),
    'c.md': fm({ title: 'Trois', keyphrase: 'rgaa' }),
  });
  const found = check('a.md');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /l’article b\.md \(et de 1 autre\)/);
  assert.deepEqual((found[0].data as { suggestions: LinkSuggestionData[] }).suggestions, [{ target: 'b.md', href: 'b.md' }, { target: 'c.md', href: 'c.md' }]);
  assert.equal(found[0].related.length, 2);
});
