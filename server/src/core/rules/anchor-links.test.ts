import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

const cases: { name: string; text: string; broken: string[]; settings?: Record<string, unknown> }[] = [
  { name: 'a table of contents to its headings', text: '# T\n\n- [Le départ](#le-départ)\n- [Prix](#prix-et-horaires)\n\n## Le départ\n\n## Prix et horaires\n', broken: [] },
  { name: 'a link to no heading', text: '# T\n\nVoir [plus bas](#la-suite).\n\n## Autre chose\n', broken: ['[plus bas](#la-suite)'] },
  { name: 'an explicit kramdown id', text: '# T\n\n[Aller](#depart)\n\n## Le départ {#depart}\n', broken: [] },
  { name: 'an MDX id comment (react.dev)', text: '# T\n\n[Essayer](#try-react)\n\n## Essayer React {/*try-react*/}\n', broken: [] },
  { name: 'an HTML id', text: '# T\n\n[Note](#note-1)\n\n<span id="note-1">note</span>\n', broken: [] },
  { name: 'a repeated heading gets -1', text: '# T\n\n[B](#exemple-1)\n\n## Exemple\n\n## Exemple\n', broken: [] },
  { name: '#top always exists', text: '# T\n\n[Haut](#top)\n', broken: [] },
  { name: 'an apostrophe under markdown-it-anchor', text: "# T\n\n[État](#le-rôle-de-l'etat)\n\n## Le rôle de l'Etat\n", broken: [] },
  {
    name: 'the site style chosen: kramdown drops accents, so the GitHub anchor is broken there',
    text: '# T\n\n[Le départ](#le-départ)\n\n## Le départ\n',
    broken: ['[Le départ](#le-départ)'],
    settings: { slugStyle: 'kramdown' },
  },
  { name: 'HTML entities in the heading and the link (opensource.guide)', text: "# T\n\n[Équipe](#que-doit-savoir-l&eacute;quipe)\n\n## Que doit savoir l'&eacute;quipe\n", broken: [] },
  { name: 'percent-encoded fragment', text: '# T\n\n[Départ](#le-d%C3%A9part)\n\n## Le départ\n', broken: [] },
];

for (const c of cases) {
  test(`anchor-links: ${c.name}`, () => {
    const found = checkRule('anchor-links', c.text, c.settings ?? {});
    assert.deepEqual(
      found.map((f) => f.spanText),
      c.broken,
    );
    for (const f of found) assert.match(f.message, /ne mène à aucun titre de la page\u00a0: corrigez/);
  });
}
