import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixed, reported } from './typographyTesting';

test('typo-ellipsis: three dots become …', () => {
  assert.equal(fixed('Et puis... rien. Enfin [...] voilà...'), 'Et puis… rien. Enfin […] voilà…');
});

test('typo-ellipsis: four dots, spread syntax and code are left alone', () => {
  assert.deepEqual(reported('typo-ellipsis', 'Quatre.... points, {...props} et `a...b` ici.'), []);
});
