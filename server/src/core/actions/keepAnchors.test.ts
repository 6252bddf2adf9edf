import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixArticle } from '../pipeline/fixAll';
import { normalizeSettings } from '../config/settings';
import { parseArticle } from '../article/parse';
import { pageAnchors, inPageFragment } from '../article/anchors';

test('a typography fix in a heading updates the table of contents that links to it (markdown-it-anchor keeps apostrophes)', () => {
  const text = "---\ntitle: T\n---\n\n- [Le rôle de l'Etat](#le-rôle-de-l'etat)\n\n## Le rôle de l'Etat\n\nTexte.\n";
  const settings = normalizeSettings({ locale: 'fr', slugStyle: 'markdown-it' });
  const fixed = fixArticle(text, settings).text;
  assert.ok(fixed.includes('## Le rôle de l’Etat'), fixed);
  assert.ok(fixed.includes(`](#${encodeURI('le-rôle-de-l’etat')})`), fixed);
  const after = parseArticle(fixed, { titleFields: ['title'] });
  const anchors = pageAnchors(after, 'markdown-it');
  assert.ok(after.links.every((l) => anchors.has(inPageFragment(l)!)));
});

test('GitHub anchors drop apostrophes: the link needs no change, and none is made', () => {
  const text = "---\ntitle: T\n---\n\n- [Le rôle](#le-rôle-de-letat)\n\n## Le rôle de l'Etat\n\nTexte.\n";
  const fixed = fixArticle(text, normalizeSettings({ locale: 'fr', slugStyle: 'github' })).text;
  assert.ok(fixed.includes('(#le-rôle-de-letat)'));
  assert.ok(fixed.includes('## Le rôle de l’Etat'));
});

test('the space after « ## » stays a space: a no-break space there would undo the heading', () => {
  const text = '## : le guide\n\n- : un point\n';
  const fixed = fixArticle(text, normalizeSettings({ locale: 'fr' })).text;
  assert.ok(fixed.startsWith('## :'), JSON.stringify(fixed));
  assert.ok(fixed.includes('\n- :'), JSON.stringify(fixed));
  assert.equal(parseArticle(fixed, { titleFields: [] }).headings.length, 1);
});
