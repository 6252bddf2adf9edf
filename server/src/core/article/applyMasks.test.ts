import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { applyMasks } from './parse';
import type { Span } from '../base/span';

/** The obvious definition, kept as the reference for the fast version. */
function reference(text: string, masks: readonly Span[]): string {
  const chars = text.split('');
  for (const m of masks) for (let i = Math.max(0, m.start); i < Math.min(m.end, text.length); i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  return chars.join('');
}

test('applyMasks blanks spans but keeps line breaks (LF, CRLF, lone CR)', () => {
  assert.equal(applyMasks('ab\ncd\nef', [{ start: 1, end: 7 }]), 'a \n  \n f');
  assert.equal(applyMasks('ab\r\ncd', [{ start: 0, end: 6 }]), '  \r\n  ');
  assert.equal(applyMasks('ab\rcd', [{ start: 1, end: 4 }]), 'a \r d');
  assert.equal(applyMasks('abc', []), 'abc');
});

test('applyMasks equals the character-by-character definition on overlapping, unsorted spans', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\r', 'x'), maxLength: 60 });
  const span = fc.tuple(fc.nat(70), fc.nat(20)).map(([start, len]) => ({ start, end: start + len }));
  fc.assert(
    fc.property(text, fc.array(span, { maxLength: 8 }), (t, masks) => {
      assert.equal(applyMasks(t, [...masks]), reference(t, masks));
    }),
  );
});
