// « Insert subheadings » and « generate the meta description » on every file of the corpus: nothing
// of the writer's text is lost or changed. Skipped when ../shared/corpus is absent.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import test from 'node:test';
import { applyEdits, parseArticle, DEFAULT_SETTINGS } from '../../server/src/core';
import { computeOutline, outlineEdits } from '../../server/src/core/actions/subheadings/outline';
import { generateDescription } from '../../server/src/core/actions/description/generate';
import { writeDescription } from '../../server/src/core/actions/description/frontMatterEdit';
import { descriptionState } from '../../server/src/core/seo/description';
import { parseFrontMatter } from '../../server/src/core/article/frontMatter';

const corpus = resolve(process.cwd(), '..', 'shared', 'corpus');
const files = existsSync(join(corpus, 'MANIFEST.tsv'))
  ? readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0])
  : [];
const parse = (text: string) => parseArticle(text, { titleFields: DEFAULT_SETTINGS.frontMatter.titleFields });

test('insert subheadings: removing the inserted lines gives the file back byte for byte; a second run adds nothing', (t) => {
  if (files.length === 0) return t.skip('no corpus at ../shared/corpus');
  let inserted = 0;
  for (const file of files) {
    const text = readFileSync(join(corpus, file), 'utf8');
    const edits = outlineEdits(text, computeOutline(parse(text), DEFAULT_SETTINGS.maxWordsPerSection));
    if (edits.length === 0) continue;
    inserted += edits.length;
    const once = applyEdits(text, edits);
    // Remove every line the new document has that is an inserted heading, plus the blank line after it.
    const after = parse(once);
    const added = new Set(edits.map((e) => e.newText));
    let back = '';
    let pos = 0;
    for (const h of after.headings) {
      const start = h.span.start;
      const candidate = [...added].find((n) => once.startsWith(n, start));
      if (!candidate || start < pos) continue;
      back += once.slice(pos, start);
      pos = start + candidate.length;
    }
    back += once.slice(pos);
    assert.equal(back, text, `${file}: text changed`);
    assert.equal(after.headings.length, parse(text).headings.length + edits.length, `${file}: every insertion is one heading`);
    assert.deepEqual(computeOutline(after, DEFAULT_SETTINGS.maxWordsPerSection), [], `${file}: second run inserts more`);
  }
  assert.ok(inserted > 0, 'some headings inserted over the corpus');
});

test('generate the meta description: only the description field changes', (t) => {
  if (files.length === 0) return t.skip('no corpus at ../shared/corpus');
  let written = 0;
  for (const file of files) {
    const text = readFileSync(join(corpus, file), 'utf8');
    const article = parse(text);
    const field = DEFAULT_SETTINGS.frontMatter.descriptionField;
    const state = descriptionState(article, field);
    const value = generateDescription(article, DEFAULT_SETTINGS);
    if (!value || state === 'unwritable') continue;
    assert.doesNotMatch(value, /[\r\n]/, file);
    const edit = writeDescription(article, field, value, { replace: true });
    assert.ok(edit, `${file}: no edit`);
    written++;
    const out = applyEdits(text, [edit]);
    const before = article.frontMatter;
    const fm = parseFrontMatter(out);
    assert.ok(fm && !fm.error, `${file}: front matter broken`);
    assert.equal(fm.fields.find((f) => f.key === field)?.value, value);
    // Everything after the front matter is untouched; so is every other field.
    assert.equal(out.slice(fm.span.end), text.slice(before ? before.span.end : 0).replace(/^/, before ? '' : '\n'), file);
    if (before) {
      const others = (x: typeof fm) => JSON.stringify(x.fields.filter((f) => f.key !== field).map((f) => [f.key, f.value]));
      assert.equal(others(fm), others(before), file);
      assert.ok(edit.start >= before.contentSpan.start && edit.end <= before.contentSpan.end, `${file}: edit outside the front matter`);
    }
  }
  assert.ok(written > 0);
});
