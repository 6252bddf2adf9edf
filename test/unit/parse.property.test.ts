// Core-level properties on random Markdown and random strings: the parser never throws, every span it
// gives lies inside the text, in order, on code-point boundaries, and the masked text keeps offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, normalizeSettings, parseArticle, type Article, type Span } from '../../server/src/core';
import { params, splitsPair } from '../support/fcConfig';
import { markdownDocument } from '../support/markdownArbitrary';

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Arbitrary UTF-16 (lone surrogates, NUL, CR) mixed with Markdown, to reach the odd corners. */
const hostileText = fc.oneof(
  markdownDocument,
  fc.string({ unit: anyUnit, maxLength: 200 }),
  fc.tuple(markdownDocument, fc.string({ unit: anyUnit, maxLength: 20 }), fc.nat()).map(([d, s, at]) => d.slice(0, at % (d.length + 1)) + s + d.slice(at % (d.length + 1))),
);

function checkSpan(text: string, span: Span, what: string): void {
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} ${JSON.stringify(span)} outside 0..${text.length}`);
  assert.ok(!splitsPair(text, span.start) && !splitsPair(text, span.end), `${what} ${JSON.stringify(span)} splits a surrogate pair or CRLF`);
}

function checkOrdered(spans: readonly Span[], what: string, strict = true): void {
  for (let i = 1; i < spans.length; i++) {
    const ok = strict ? spans[i - 1].end <= spans[i].start : spans[i - 1].start <= spans[i].start;
    assert.ok(ok, `${what} ${i - 1} ${JSON.stringify(spans[i - 1])} and ${i} ${JSON.stringify(spans[i])} out of order`);
  }
}

function checkArticle(text: string, a: Article): void {
  assert.equal(a.text, text);
  assert.equal(a.masked.length, text.length, 'masked text has the same length');
  for (let i = 0; i < text.length; i++) {
    const t = text.charCodeAt(i);
    const m = a.masked.charCodeAt(i);
    if (t === 10 || t === 13) assert.equal(m, t, `line break at ${i} kept`);
    else assert.ok(m === t || m === 32, `masked char at ${i} is the text's or a space`);
    // A surrogate pair is masked whole or not at all (no lone half appears).
    if (t >= 0xd800 && t <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      assert.equal(m === 32, a.masked.charCodeAt(i + 1) === 32, `surrogate pair at ${i} masked by half`);
    }
  }
  for (const w of a.words) {
    checkSpan(text, w, 'word');
    assert.ok(w.end > w.start, 'empty word');
  }
  checkOrdered(a.words, 'words');
  for (const s of a.sentences) {
    checkSpan(text, s, 'sentence');
    assert.ok(s.wordStart < s.wordEnd && s.wordEnd <= a.words.length, 'sentence words');
    assert.ok(a.words[s.wordStart].start >= s.start && a.words[s.wordEnd - 1].end <= s.end, 'sentence holds its words');
  }
  checkOrdered(a.sentences, 'sentences');
  for (const h of a.headings) {
    checkSpan(text, h.span, 'heading');
    checkSpan(text, h.textSpan, 'heading text');
    assert.ok(h.textSpan.start >= h.span.start && h.textSpan.end <= h.span.end, 'heading text inside heading');
    assert.ok(h.wordStart <= h.wordEnd && h.wordEnd <= a.words.length);
  }
  checkOrdered(a.headings.map((h) => h.span), 'headings');
  for (const b of a.blocks) checkSpan(text, b.span, `block ${b.kind}`);
  checkOrdered(a.blocks.map((b) => b.span), 'blocks', false);
  if (a.title) checkSpan(text, a.title.span, 'title');
  if (a.frontMatter) {
    checkSpan(text, a.frontMatter.span, 'front matter');
    for (const f of a.frontMatter.fields) {
      checkSpan(text, f.keySpan, 'front-matter key');
      checkSpan(text, f.valueSpan, 'front-matter value');
    }
  }
  assert.ok(a.bodyWordCount >= 0 && a.bodyWordCount <= a.words.length);
}

test('property: parseArticle never throws; spans inside the text, ordered, on code-point boundaries; masked text keeps offsets and line breaks', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      checkArticle(text, parseArticle(text, { titleFields: ['title'] }));
    }),
    params(500, 'parseArticle'),
  );
});

test('property: analyze never throws and every finding lies inside the text; beyond maxDocumentSize one analysis-partial finding', () => {
  const full = normalizeSettings({}, 'fr');
  const small = normalizeSettings({ maxDocumentSize: 1000 }, 'en');
  fc.assert(
    fc.property(hostileText, fc.boolean(), (text, bounded) => {
      const settings = bounded ? small : full;
      const errors: string[] = [];
      const { findings } = analyze(text, settings, { onRuleError: (id, e) => errors.push(`${id}: ${String(e)}`) });
      assert.deepEqual(errors, [], 'no rule throws');
      for (const f of findings) checkSpan(text, f.span, `finding ${f.ruleId}`);
      const partial = findings.filter((f) => f.ruleId === 'analysis-partial');
      assert.equal(partial.length, text.length > settings.maxDocumentSize ? 1 : 0);
    }),
    params(300, 'analyze'),
  );
});
