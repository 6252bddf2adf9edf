import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';
import { hasPassive } from '../french/passive';
import { foldWord } from '../base/letters';

const passive = (s: string) => {
  const words = s.match(/[\p{L}’'-]+/gu) ?? [];
  return hasPassive(words.map(foldWord), words);
};

test('passive-voice: être + agreeing participle, adverbs allowed between', () => {
  assert.ok(passive('Les données sont collectées chaque jour'));
  assert.ok(passive('La page est souvent consultée'));
  assert.ok(passive('Le site a été construit en un mois'));
  assert.ok(passive('Ces règles sont écrites par l’équipe'));
  assert.ok(passive('Le code n’est pas testé'));
});

test('passive-voice: reflexive, elided, compound tenses and non-agreeing forms are not passives', () => {
  assert.ok(!passive('Microsoft s’est lancé dans la bataille'));
  assert.ok(!passive('Les startups se sont lancées'));
  assert.ok(!passive('Je me suis inscrit'));
  assert.ok(!passive('Elle est peut-être prête'));
  assert.ok(!passive('Il est arrivé hier'));
  assert.ok(!passive('Elles sont parties tôt'));
  assert.ok(!passive('Il est ici'));
  assert.ok(!passive('Le projet est terminés'));
});

test('passive-voice: more than 10 % of sentences is reported on the first passive sentence', () => {
  const text = '# T\n\nLe rapport est rédigé par Anne. Paul lit le rapport. Marie le corrige. Le chef le signe.\n';
  const found = checkRule('passive-voice', text);
  assert.equal(found.length, 1);
  assert.equal(found[0].spanText, 'Le rapport est rédigé par Anne.');
  assert.deepEqual(checkRule('passive-voice', '# T\n\nPaul lit le rapport. Marie le corrige.\n'), []);
});
