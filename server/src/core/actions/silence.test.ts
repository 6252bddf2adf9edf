import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../pipeline/analyze';
import { parseFrontMatter } from '../article/frontMatter';
import { normalizeSettings } from '../config/settings';
import { applyEdits } from '../base/edit';
import { silenceActions } from './silence';

const settings = normalizeSettings({ locale: 'fr' });
const para = 'Ils vont. Ils viennent. Ils restent.';

/** Applies the silence action `id` to the first finding of `ruleId` and returns the new text. */
function silence(text: string, ruleId: string, id: 'silence.here' | 'silence.file'): string | undefined {
  const { article, findings } = analyze(text, settings);
  const finding = findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `no ${ruleId} finding`);
  const action = silenceActions.fixes!({ article, settings, locale: 'fr', findings }, finding).find((a) => a.id === id);
  return action && applyEdits(text, action.edits);
}

const remaining = (text: string, ruleId: string) => analyze(text, settings).findings.filter((f) => f.ruleId === ruleId).length;

test('silence here: inserts a disable-next-line comment before the block, which silences it', () => {
  const text = `# Un titre assez long pour passer la largeur\n\nAvant.\n\n${para}\n`;
  const after = silence(text, 'consecutive-sentences', 'silence.here')!;
  assert.equal(after, `# Un titre assez long pour passer la largeur\n\nAvant.\n\n<!-- plume-disable-next-line consecutive-sentences -->\n${para}\n`);
  assert.equal(remaining(after, 'consecutive-sentences'), 0);
});

test('silence in file: creates the front matter when there is none', () => {
  const text = `# Un titre assez long pour passer la largeur\n\n${para}\n`;
  const after = silence(text, 'consecutive-sentences', 'silence.file')!;
  assert.ok(after.startsWith('---\nplume:\n  disable:\n    - consecutive-sentences\n---\n\n# Un titre'));
  assert.equal(remaining(after, 'consecutive-sentences'), 0);
});

test('silence in file: adds to YAML, keeping the other fields as written', () => {
  const text = `---\ntitle: "Un titre assez long pour passer la largeur"  # commentaire\nplume:\n  disable: [links]\ntags: [a]\n---\n\n${para}\n`;
  const after = silence(text, 'consecutive-sentences', 'silence.file')!;
  assert.ok(after.startsWith('---\ntitle: "Un titre assez long pour passer la largeur"  # commentaire\n'));
  assert.ok(after.includes('tags: [a]\n---'));
  const fm = parseFrontMatter(after)!;
  assert.equal(fm.error, undefined);
  assert.deepEqual((fm.fields.find((f) => f.key === 'plume')!.value as { disable: string[] }).disable, ['links', 'consecutive-sentences']);
  const plain = `---\ntitle: Un titre assez long pour passer la largeur\n---\n\n${para}\n`;
  assert.equal(remaining(silence(plain, 'consecutive-sentences', 'silence.file')!, 'consecutive-sentences'), 0);
});

test('silence in file: TOML, with or without a [plume] table', () => {
  const text = `+++\ntitle = "Un titre assez long pour passer la largeur"\n+++\n\n${para}\n`;
  const after = silence(text, 'consecutive-sentences', 'silence.file')!;
  assert.ok(after.includes('[plume]\ndisable = ["consecutive-sentences"]\n+++'));
  assert.equal(remaining(after, 'consecutive-sentences'), 0);
  const withTable = `+++\ntitle = "Un titre assez long pour passer la largeur"\n[plume]\ndisable = ["links"]\n+++\n\n${para}\n`;
  const again = silence(withTable, 'consecutive-sentences', 'silence.file')!;
  assert.ok(again.includes('disable = ["links", "consecutive-sentences"]'));
});

test('silence here is not offered on findings inside the front matter', () => {
  const text = '---\ntitle: Court\n---\n\nTexte.\n';
  const { article, findings } = analyze(text, settings);
  const finding = findings.find((f) => f.ruleId === 'title-length')!;
  const ids = silenceActions.fixes!({ article, settings, locale: 'fr', findings }, finding).map((a) => a.id);
  assert.deepEqual(ids, ['silence.file']);
});
