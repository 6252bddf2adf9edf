import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

const long = 'Cette phrase est beaucoup trop longue parce qu’elle enchaîne des propositions et des détails sans jamais s’arrêter pour laisser respirer le lecteur fatigué.';
const short = 'Cette phrase est courte.';

test('sentence-length: more than 25 % of long sentences, reported on the longest', () => {
  const found = checkRule('sentence-length', `# T\n\n${short} ${long} ${short}\n`);
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, long);
  assert.equal(found[0].data?.share, 33.3);
});

test('sentence-length: a quarter or less passes', () => {
  assert.deepEqual(checkRule('sentence-length', `# T\n\n${short} ${long} ${short} ${short}\n`), []);
});
