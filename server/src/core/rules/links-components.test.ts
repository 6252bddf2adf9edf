import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule } from './testing';

test('links: components written with href count as links (MDX, Astro)', () => {
  const text = '# T\n\nLisez <Button href="/les-api/guide">le guide</Button> et <External href={"https://exemple.fr"}>la source</External>.\n';
  assert.deepEqual(checkRule('links', text), []);
  const plain = '# T\n\nLisez <Button kind="big">le guide</Button>.\n';
  assert.equal(checkRule('links', plain).length, 2);
});

test('consecutive-sentences: checklist and definition lines are not sentences', () => {
  const checklist = '# T\n\n[x] Le billet est acheté.\n[x] Le billet est imprimé.\n[ ] Le billet est composté.\n';
  assert.deepEqual(checkRule('consecutive-sentences', checklist), []);
  const definitions = '# T\n\nLe train\n: Le moyen le plus sûr.\n: Le moyen le plus lent.\n: Le moyen le plus cher.\n';
  assert.deepEqual(checkRule('consecutive-sentences', definitions), []);
  const prose = '# T\n\nLe billet est acheté. Le billet est imprimé. Le billet est composté.\n';
  assert.equal(checkRule('consecutive-sentences', prose).length, 1);
});

test('consecutive-sentences: a component or HTML block between sentences ends the run, a comment does not', () => {
  const across = '# T\n\nVous lisez. Vous codez.\n\n<Sandpack>\n\n```js\nx\n```\n\n</Sandpack>\n\nVous testez.\n';
  assert.deepEqual(checkRule('consecutive-sentences', across), []);
  const comment = '# T\n\nVous lisez. Vous codez.\n\n<!-- note -->\n\nVous testez.\n';
  assert.equal(checkRule('consecutive-sentences', comment).length, 1);
});

test('links and keyphrase-missing are about the whole article (the report and the status bar, not the editor)', () => {
  const text = '---\ntitle: Un titre\n---\n\nPremier paragraphe sans lien.\n';
  const links = checkRule('links', text);
  assert.ok(links.length > 0 && links.every((f) => f.spanText === '' && f.span.start === text.indexOf('Un titre')));
  const [missing] = checkRule('keyphrase-missing', text);
  assert.ok(missing.spanText === '' && missing.span.start === text.indexOf('Un titre'));
});
