import assert from 'node:assert/strict';
import { test } from 'node:test';
import { carrySpan, shiftOffset, shiftSpan, unshiftOffset } from './shift';

test('shiftSpan: before, after and across a change', () => {
  const insert = [{ from: 10, to: 10, insertLength: 3 }];
  assert.deepEqual(shiftSpan({ start: 2, end: 5 }, insert), { start: 2, end: 5 });
  assert.deepEqual(shiftSpan({ start: 2, end: 10 }, insert), { start: 2, end: 10 }, 'an insertion right after a span leaves it whole');
  assert.deepEqual(shiftSpan({ start: 10, end: 12 }, insert), { start: 13, end: 15 }, 'an insertion right before a span shifts it');
  assert.equal(shiftSpan({ start: 8, end: 12 }, insert), undefined);
  assert.equal(shiftSpan({ start: 10, end: 10 }, insert), undefined, 'an empty span at an insertion: no side to keep it on');
  const replace = [{ from: 4, to: 8, insertLength: 1 }];
  assert.deepEqual(shiftSpan({ start: 8, end: 9 }, replace), { start: 5, end: 6 });
  assert.equal(shiftSpan({ start: 7, end: 9 }, replace), undefined);
  assert.deepEqual(shiftSpan({ start: 20, end: 25 }, [...insert, ...replace]), { start: 20, end: 25 });
});

test('unshiftOffset: back through insertions and deletions', () => {
  assert.equal(unshiftOffset(15, [{ from: 10, to: 10, insertLength: 3 }]), 12);
  assert.equal(unshiftOffset(11, [{ from: 10, to: 10, insertLength: 3 }]), 10);
  assert.equal(unshiftOffset(5, [{ from: 4, to: 8, insertLength: 1 }]), 8);
  assert.equal(unshiftOffset(4, [{ from: 4, to: 8, insertLength: 0 }]), 8);
  assert.equal(unshiftOffset(10, [{ from: 10, to: 10, insertLength: 3 }]), 10);
});

test('shiftOffset and carrySpan: every location lands in the later version', () => {
  const insert = [{ from: 10, to: 10, insertLength: 3 }];
  assert.equal(shiftOffset(9, insert), 9);
  assert.equal(shiftOffset(10, insert), 13, 'a point at an insertion ends up after it');
  const replace = [{ from: 4, to: 8, insertLength: 1 }];
  assert.equal(shiftOffset(4, replace), 4);
  assert.equal(shiftOffset(6, replace), 5, 'inside replaced text: the end of what replaced it');
  assert.equal(shiftOffset(9, replace), 6);
  assert.deepEqual(carrySpan({ start: 20, end: 25 }, replace), { start: 17, end: 22 }, 'shifted when it can be');
  assert.deepEqual(carrySpan({ start: 7, end: 9 }, replace), { start: 5, end: 6 }, 'a span across a change keeps its ends');
  assert.deepEqual(carrySpan({ start: 5, end: 7 }, replace), { start: 5, end: 5 }, 'a span replaced whole becomes empty, at its place');
});
