import assert from 'node:assert/strict';
import test from 'node:test';
import { checkRule } from './testing';

const fm = (d: string): string => `---\ntitle: T\ndescription: "${d}"\n---\nCorps.\n`;

test('description-length: valid from 120 to 156 characters (code points)', () => {
  assert.deepEqual(checkRule('description-length', fm('é'.repeat(120))), []);
  assert.deepEqual(checkRule('description-length', fm('a'.repeat(156))), []);
  assert.deepEqual(checkRule('description-length', '---\ntitle: T\n---\nCorps.\n'), [], 'absent: the other rule reports it');
});

test('description-length: too short or too long, with the count', () => {
  const short = checkRule('description-length', fm('Trop court.'));
  assert.equal(short.length, 1);
  assert.match(short[0].message, /trop courte\u00a0: 11 caractères/);
  assert.equal(short[0].spanText, '"Trop court."');
  const long = checkRule('description-length', fm('a'.repeat(157)), { locale: 'en' });
  assert.equal(long.length, 1);
  assert.match(long[0].message, /too long: 157 characters/);
});
