// A fix that changes a heading's text never breaks an in-page link: articles with a table of contents
// whose headings need typography fixes (« l'Etat », « : », « ... »), fixed as on save, keep every link
// of their table of contents pointing to a heading, under the site's anchor style or any known one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { params } from '../support/fcConfig';
import { prose } from '../support/markdownArbitrary';
import { fixArticle, normalizeSettings, parseArticle } from '../../server/src/core';
import { headingAnchorList, headingRaws, headingSlugText, slugify, stylesOf, SLUG_STYLES, inPageFragment } from '../../server/src/core/article/anchors';
import type { Article } from '../../server/src/core';

const HEADING_WORDS = ["l'Etat", 'Voyage', 'en', 'train', ':', 'le', 'guide', '"les', 'prix"', '...', 'aujourd\'hui', 'Prix', '!', '?', 'Été', "d'accès", '1er', 'cas'];
const heading = fc.array(fc.constantFrom(...HEADING_WORDS), { minLength: 1, maxLength: 7 }).map((w) => w.join(' '));

test('typography fixes keep the table of contents working', () => {
  let changedHeadings = 0;
  fc.assert(
    fc.property(fc.array(heading, { minLength: 1, maxLength: 5 }), fc.constantFrom(...SLUG_STYLES), fc.boolean(), prose, (headings, style, auto, body) => {
      const toc = headings.map((h) => `- [${h.replace(/[[\]]/g, '')}](#${encodeURI(slugify(headingSlugText(h), style))})`).join('\n');
      const sections = headings.map((h) => `## ${h}\n\n${body}\n`).join('\n');
      const text = `---\ntitle: Sommaire\n---\n\nAu sommaire\u00a0:\n\n${toc}\n\n${sections}`;
      const settings = normalizeSettings({ locale: 'fr', slugStyle: auto ? 'auto' : style });
      const before = parseArticle(text, { titleFields: ['title'] });
      const fixed = fixArticle(text, settings).text;
      const after = parseArticle(fixed, { titleFields: ['title'] });
      if (after.headings.map((h) => h.text).join() !== before.headings.map((h) => h.text).join()) changedHeadings++;
      // Each link that led to heading i before the fix leads to heading i after it.
      const targets = (article: Article): (number | undefined)[] => {
        const lists = stylesOf(settings.slugStyle).map((s) => headingAnchorList(headingRaws(article), s));
        return article.links
          .map((l) => inPageFragment(l))
          .filter((f): f is string => f !== undefined)
          .map((f) => lists.map((list) => list.indexOf(f)).find((i) => i >= 0));
      };
      const was = targets(before);
      const now = targets(after);
      assert.equal(now.length, was.length);
      was.forEach((t, k) => {
        if (t !== undefined) assert.equal(now[k], t, `link ${k} broken by the fix:\n${text}\n---\n${fixed}`);
      });
    }),
    params(150, 'anchors kept by typography fixes'),
  );
  assert.ok(changedHeadings > 10, `the fixes changed headings in ${changedHeadings} articles only`);
});
