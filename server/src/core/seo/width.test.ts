import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitWidth, textWidth } from './width';

test('Arial advance widths: space and capital A at 20 px', () => {
  assert.equal(Math.round(textWidth(' ', 2048) * 1000) / 1000, 569);
  assert.ok(Math.abs(textWidth('A', 20) - (1366 * 20) / 2048) < 1e-9);
});

test('wide letters take more room than narrow ones', () => {
  assert.ok(textWidth('WWWW', 20) > 2 * textWidth('iiii', 20));
});

test('accented letters and typographic marks are measured', () => {
  assert.ok(Math.abs(textWidth('é', 20) - textWidth('e', 20)) < 1e-9);
  assert.ok(textWidth('« œuvre »', 20) > 0);
  assert.ok(textWidth('漢', 20) > 0);
});

test('fitWidth cuts at the limit', () => {
  const t = 'Un titre assez long pour dépasser la largeur affichée dans les résultats de recherche, vraiment';
  const cut = fitWidth(t, 20, 300);
  assert.ok(textWidth(cut, 20) <= 300);
  assert.ok(textWidth(t.slice(0, cut.length + 1), 20) > 300);
  assert.equal(fitWidth('court', 20, 600), 'court');
});
