// Answers from the previous analysis are shifted through the changes since: a shifted span must cover
// the same text in the edited document as it did before, and map back to where it was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { shiftSpan, unshiftOffset } from '../../server/src/core';
import { params } from '../support/fcConfig';

test('property: a shifted span covers the same text in the edited text', () => {
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 6 }), text: fc.string({ maxLength: 5 }) });
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (original, edits, a, b) => {
      let text = original;
      const changes = edits.map((e) => {
        const from = Math.floor(e.at * text.length);
        const to = Math.min(text.length, from + e.length);
        text = text.slice(0, from) + e.text + text.slice(to);
        return { from, to, insertLength: e.text.length };
      });
      const start = a % (original.length + 1);
      const end = start + (b % (original.length - start + 1));
      const shifted = shiftSpan({ start, end }, changes);
      if (shifted) {
        assert.equal(text.slice(shifted.start, shifted.end), original.slice(start, end));
        assert.equal(unshiftOffset(shifted.start, changes), start);
      }
    }),
    params(300, 'shifted spans keep their text'),
  );
});
