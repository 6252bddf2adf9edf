import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readStems } from './stems';

test('stems: a stem listed twice has the flags of both lines', () => {
  const stems = readStems(['3', 'porte/A.B.', 'porte/C. po:nom', '  chat  ', 'été/D.'].join('\n'), true);
  assert.equal(stems.size, 3);
  const porte = stems.find('porte');
  assert.notEqual(porte, -1);
  for (const flag of ['A.', 'B.', 'C.']) assert.equal(stems.hasFlag(porte, flag), true, flag);
  assert.equal(stems.hasFlag(porte, 'po'), false, 'a morphological field after the flags is no flag');
  assert.equal(stems.hasFlag(stems.find('chat'), 'A.'), false);
  assert.equal(stems.hasFlag(stems.find('été'), 'D.'), true);
  assert.equal(stems.find('port'), -1);
  assert.equal(stems.find('portes'), -1);
});

test('stems: one-character flags, padded by a space as the affix reader gives them', () => {
  const stems = readStems(['2', 'slide/SM', 'run'].join('\r\n'), false);
  const slide = stems.find('slide');
  assert.equal(stems.hasFlag(slide, 'S '), true);
  assert.equal(stems.hasFlag(slide, 'M '), true);
  assert.equal(stems.hasFlag(slide, 'X '), false);
  assert.equal(stems.hasFlag(slide, 'SM'), false, 'a two-character flag is not two flags');
  assert.notEqual(stems.find('run'), -1);
});
