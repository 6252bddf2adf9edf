import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('links: no internal and no outbound link', () => {
  const found = checkRule('links', '# T\n\nTexte sans lien, sauf [ancre](#plus) et [mail](mailto:a@b.fr).\n');
  assert.deepEqual(found.map((f) => f.data?.kind), ['internal', 'outbound']);
  assert.equal(found[0].severity, 'information');
});

test('links: one of each passes', () => {
  assert.deepEqual(checkRule('links', '# T\n\nVoir [la page](/guide/) et [la source](https://exemple.fr).\n'), []);
  assert.deepEqual(checkRule('links', '# T\n\nVoir [la page](../guide.md) et <https://exemple.fr>.\n'), []);
});
