// An analysis that reuses the previous version (parse, per-block results, typography per segment)
// must give exactly what a fresh analysis of the same text gives, whatever the edits: same article,
// same findings, same order. Documents are repeated to have identical blocks, and a small size limit
// sends some through the partial analysis, whose cut moves with the edits.
import { test } from 'node:test';
import fc from 'fast-check';
import { normalizeSettings, preloadLanguageDetector } from '../../server/src/core';
import { params } from '../support/fcConfig';
import { assertReusedEqualsFresh } from '../support/incremental';
import { insertion, markdownDocument } from '../support/markdownArbitrary';

/** Marks that typography reads around a position (entities, footnotes, shortcodes, quotes, spaces). */
const typographic = fc.constantFrom('&amp;', '&#8230;', ';', ':', '[^1]: ', ':fr:', "'", '"', '...', '....', '  ', ' ,', ' .', '« ', ' »', '\u00a0', '\u202f', 'l’', "d'", '`', '*', '!', '?');
/** An edit chosen relative to the current text, so that it always makes sense whatever the length. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 30 }),
  text: fc.oneof({ weight: 2, arbitrary: insertion }, { weight: 1, arbitrary: typographic }),
});
const steps = fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 });
const settingsChoice = fc.constantFrom<Record<string, unknown>>(
  {},
  { maxDocumentSize: 1000 },
  { typography: { space: 'regular', apostrophe: 'straight' } },
  { locale: 'en', frontMatter: { keyphraseFields: ['title'] } },
);

test('property: analysis after random edits, reusing the previous version, equals a fresh analysis', () => {
  preloadLanguageDetector();
  fc.assert(
    fc.property(markdownDocument, fc.integer({ min: 1, max: 3 }), settingsChoice, steps, (doc, copies, raw, batches) => {
      const settings = normalizeSettings(raw, 'fr');
      assertReusedEqualsFresh(Array.from({ length: copies }, () => doc).join('\n\n'), settings, batches);
    }),
    params(120, 'incremental analysis equals a fresh one'),
  );
});
