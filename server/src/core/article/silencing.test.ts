import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../pipeline/analyze';
import { normalizeSettings } from '../config/settings';

const ids = (text: string) => analyze(text, normalizeSettings({ locale: 'fr' })).findings.map((f) => f.ruleId);
const para = 'Ils vont. Ils viennent. Ils restent.';

test('silencing: a disable … enable range, for given ids or for all', () => {
  assert.ok(ids(`# Titre assez long pour passer la largeur\n\n${para}\n`).includes('consecutive-sentences'));
  const ranged = `# Titre assez long pour passer la largeur\n\n<!-- plume-disable consecutive-sentences -->\n\n${para}\n\n<!-- plume-enable consecutive-sentences -->\n\nNous partons.\n\n${para}\n`;
  assert.equal(ids(ranged).filter((i) => i === 'consecutive-sentences').length, 1);
  const all = `# Titre assez long pour passer la largeur\n\n<!-- plume-disable -->\n\n${para}\n`;
  assert.ok(!ids(all).includes('consecutive-sentences'));
});

test('silencing: disable-next-line covers the next block only', () => {
  const text = `# Titre assez long pour passer la largeur\n\n<!-- plume-disable-next-line consecutive-sentences -->\n${para}\n\nNous partons.\n\n${para}\n`;
  assert.equal(ids(text).filter((i) => i === 'consecutive-sentences').length, 1);
});

test('silencing: front-matter plume.disable, in YAML and TOML', () => {
  assert.ok(!ids(`---\ntitle: Un titre assez long pour la largeur\nplume:\n  disable: [consecutive-sentences, links]\n---\n\n${para}\n`).some((i) => i === 'consecutive-sentences' || i === 'links'));
  assert.ok(!ids(`+++\ntitle = "Un titre assez long pour la largeur"\n[plume]\ndisable = ["links"]\n+++\n\n${para}\n`).includes('links'));
});

test('silencing: comments inside code blocks are examples, not directives', () => {
  const text = `# Titre assez long pour passer la largeur\n\n\`\`\`html\n<!-- plume-disable -->\n\`\`\`\n\n${para}\n`;
  assert.ok(ids(text).includes('consecutive-sentences'));
});
