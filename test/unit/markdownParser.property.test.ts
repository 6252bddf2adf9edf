// Plume configures the Markdown parser with a faster bare-URL parser: the tree must stay GFM's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Tree } from '@lezer/common';
import { parser as lezer, GFM } from '@lezer/markdown';
import { markdownDocument } from '../support/markdownArbitrary';
import { parser } from '../../server/src/core/article/markdown';
import { params } from '../support/fcConfig';

const gfm = lezer.configure([GFM]);

/** Every node with its position, in document order. */
function nodes(tree: Tree): string {
  const out: string[] = [];
  tree.iterate({ enter: (n) => void out.push(`${n.name}@${n.from}-${n.to}`) });
  return out.join(' ');
}

test('the faster bare-URL parser gives the same tree as GFM: URLs, e-mails, mailto, inside words and links', () => {
  const samples = [
    'Voir www.exemple.fr et https://exemple.fr/a?b=c, ou écrire à jean.dupont+seo@exemple.fr.',
    'mailto:moi@exemple.fr xmpp:moi@exemple.fr/ressource, pas dans unwww.mot ni _https://x.fr',
    '[lien vers www.exemple.fr](https://exemple.fr) et [https://a.fr] puis -www.b.fr +c@d.fr .e@f.fr',
    'Un mot é-www.exemple.fr, 3www.exemple.fr, (http://exemple.fr/(a)) et ~~https://barré.fr~~',
  ];
  for (const text of samples) assert.equal(nodes(parser.parse(text)), nodes(gfm.parse(text)), text);
});

test('property: the Markdown parser Plume uses gives the same tree as lezer with GFM', () => {
  const links = fc.constantFrom('www.exemple.fr', 'https://exemple.fr/a_b', 'a.b+c@exemple.fr', 'mailto:x@y.fr', 'xmpp:x@y.fr/r', '_www.x.fr', 'é@x.fr', '');
  const doc = fc.tuple(markdownDocument, fc.array(fc.tuple(fc.nat(), links), { maxLength: 5 })).map(([text, inserts]) => {
    let out = text;
    for (const [at, s] of inserts) out = out.slice(0, at % (out.length + 1)) + s + out.slice(at % (out.length + 1));
    return out;
  });
  fc.assert(
    fc.property(doc, (text) => nodes(parser.parse(text)) === nodes(gfm.parse(text))),
    params(300, 'Plume Markdown parser equals GFM'),
  );
});
