import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../pipeline/analyze';
import { type Finding } from '../base/finding';
import { normalizeSettings } from '../config/settings';
import { computeActions } from './index';
import { applyEdits } from '../base/edit';
import { shortenTitle } from './shortenTitle';
import { titleWidth } from './titleWidth';

const TITLE = 'Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA';

test('titleWidth: Arial 20 px advance widths', () => {
  assert.ok(Math.abs(titleWidth('a') - 11.12) < 0.05);
  assert.equal(titleWidth('é'), titleWidth('e'));
  assert.ok(titleWidth(TITLE) > 600);
});

test('shortenTitle: fits in 600 px, cuts between words, never ends on a function word or a separator', () => {
  const short = shortenTitle(TITLE);
  assert.ok(short && titleWidth(short) <= 600);
  assert.ok(TITLE.startsWith(short));
  assert.equal(short, 'Les grands patrons de la technologie se lancent dans la bataille');
  // Any limit: the result never ends on « la », « de », « pour », « : »…
  for (let max = 150; max <= 600; max += 25) {
    const s = shortenTitle(`Le vélo en ville : le guide complet pour les débutants et les familles avec des enfants`, max);
    if (!s) continue;
    assert.ok(titleWidth(s) <= max, s);
    assert.doesNotMatch(s, /(?:\s(?:le|la|les|de|des|du|en|pour|et|avec)|[\s:,])$/, s);
  }
  assert.equal(shortenTitle('Le vélo en ville : le guide complet pour les débutants et les familles avec des enfants', 420), 'Le vélo en ville : le guide complet');
  assert.equal(shortenTitle('Court'), 'Court');
});

test('the « Raccourcir » quick fix is offered on title-length findings', () => {
  const settings = normalizeSettings({ locale: 'fr' });
  const text = `# ${TITLE}\n\nLe texte.\n`;
  const analysis = analyze(text, settings);
  const title = analysis.article.title;
  assert.ok(title);
  const finding: Finding = { ruleId: 'title-length', severity: 'warning', span: title.span, message: 'trop long', data: { width: 790 } };
  const actions = computeActions({ article: analysis.article, settings, locale: 'fr', findings: [finding] });
  const fix = actions.find((a) => a.id === 'shortenTitle');
  assert.ok(fix);
  assert.equal(applyEdits(text, fix.edits).split('\n')[0], '# Les grands patrons de la technologie se lancent dans la bataille');
});
