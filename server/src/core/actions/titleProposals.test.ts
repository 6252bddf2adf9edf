import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../pipeline/analyze';
import { normalizeSettings } from '../config/settings';
import { applyEdits } from '../base/edit';
import { proposeTitles, titleReplacement } from './titleProposals';
import { titleWidth } from './titleWidth';

const settings = normalizeSettings({ locale: 'fr' });
const BODY = [
  'La dette technique ralentit les équipes. Le mauvais code coûte cher.',
  'Chaque équipe paie la dette technique un jour. Le mauvais code se répare.',
  '## Mesurer',
  'La dette technique se mesure. Le mauvais code se voit.',
  '## Réduire',
  'Réduire la dette technique demande du temps.',
].join('\n\n');

test('proposeTitles: 3 to 5 French candidates under 600 px built from the keyphrase', () => {
  const text = `---\ntitle: Un titre\nkeyphrase: dette technique\n---\n\n${BODY}\n`;
  const candidates = proposeTitles(analyze(text, settings).article, settings);
  assert.ok(candidates.length >= 3 && candidates.length <= 5, JSON.stringify(candidates));
  for (const c of candidates) {
    assert.ok(c.width <= 600 && titleWidth(c.text) <= 600, c.text);
    assert.match(c.text, /dette technique/i);
  }
  assert.ok(candidates.some((c) => /mauvais code/.test(c.text)), 'a salient phrase of the body is used');
  assert.equal(new Set(candidates.map((c) => c.text)).size, candidates.length);
});

test('proposeTitles: without a keyphrase, the most salient phrase leads', () => {
  const candidates = proposeTitles(analyze(`# Un titre\n\n${BODY}\n`, settings).article, settings);
  assert.ok(candidates.length >= 3);
  assert.match(candidates[0].text, /^Dette technique/);
});

test('titleReplacement: front matter, heading, raw first line, or a new heading', () => {
  const put = (text: string) => applyEdits(text, [titleReplacement(analyze(text, settings).article, 'Nouveau titre')]);
  assert.equal(put('---\ntitle: Ancien\n---\n\nTexte.\n'), '---\ntitle: Nouveau titre\n---\n\nTexte.\n');
  assert.equal(put("---\ntitle: 'L''ancien'\n---\n\nTexte.\n"), '---\ntitle: "Nouveau titre"\n---\n\nTexte.\n');
  assert.equal(put('# Ancien\n\nTexte.\n'), '# Nouveau titre\n\nTexte.\n');
  assert.equal(put('Ancien titre\n\nTexte du corps.\n'), 'Nouveau titre\n\nTexte du corps.\n');
  assert.equal(put('Texte du corps seulement.\n'), '# Nouveau titre\n\nTexte du corps seulement.\n');
});
