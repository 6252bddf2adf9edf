import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './analyze';
import { buildReport, mapReportLocations, REPORT_CATEGORIES } from './report';
import { words } from '../rules/testing';
import { normalizeSettings } from '../config/settings';

const article = (body: string): string => `---\ntitle: Un titre en français pour tester\ndescription: "Une description."\nkeyphrase: [titre français, autre]\n---\n\n${body}\n`;

test('the report groups the enabled rules by category, in display order, with their status', () => {
  const settings = normalizeSettings({ locale: 'fr', minWords: 50, rules: { 'title-language': 'off' } });
  const text = article(words(40));
  const report = buildReport(analyze(text, settings), settings);
  assert.deepEqual(report.groups.map((g) => g.category), [...REPORT_CATEGORIES]);
  const structure = report.groups.find((g) => g.category === 'structure')!;
  const minWords = structure.checks.find((c) => c.ruleId === 'min-words')!;
  assert.equal(minWords.state, 'review');
  assert.equal(minWords.name, 'Longueur suffisante');
  assert.equal(minWords.figure?.value, 40);
  assert.match(minWords.findings[0].message, /40 mots sur 50/);
  assert.equal(structure.checks.find((c) => c.ruleId === 'front-matter')!.state, 'passed');
  assert.ok(!report.groups.some((g) => g.checks.some((c) => c.ruleId === 'title-language')), 'rules turned off are left out');
  assert.equal(report.wordCount, 40);
  assert.equal(report.minWords, 50);
  const warned = report.groups.flatMap((g) => g.checks).filter((c) => c.state === 'review' && c.ruleId.startsWith('typo-') === false);
  assert.ok(warned.some((c) => c.ruleId === 'min-words'));
  assert.equal(report.counts.review, warned.length);
  assert.equal(report.counts.failed, 0);
  assert.equal(report.keyphrase, 'titre français');
  assert.equal(typeof report.score, 'number');
  assert.equal(report.keyphraseDensity, 0, 'the density check’s own figure');
  assert.equal(report.title?.text, 'Un titre en français pour tester');
  assert.equal(report.description?.text, 'Une description.');
  assert.equal(text.slice(report.description!.at.start, report.description!.at.end), 'Une description.');
});

test('an error finding makes its check fail; English names follow the locale', () => {
  const settings = normalizeSettings({ locale: 'en', rules: { 'min-words': 'error' } });
  const report = buildReport(analyze(article(words(10)), settings), settings);
  const check = report.groups[0].checks.find((c) => c.ruleId === 'min-words')!;
  assert.equal(check.state, 'failed');
  assert.equal(check.name, 'Long enough');
  assert.equal(report.locale, 'en');
});

test('extras: the score is clamped and rounded, non-finite values are dropped', () => {
  const settings = normalizeSettings({});
  const analysis = analyze(article(words(10)), settings);
  assert.equal(buildReport(analysis, settings, { score: 77.6, keyphraseDensity: 1.25 }).score, 78);
  assert.equal(buildReport(analysis, settings, { score: 140 }).score, 100);
  assert.equal(buildReport(analysis, settings, { score: Number.NaN }).score, buildReport(analysis, settings).score, 'a non-finite score gives way to the computed one');
  assert.equal(buildReport(analysis, settings, { keyphraseDensity: 1.25 }).keyphraseDensity, 1.25);
});

test('locations are converted everywhere by mapReportLocations', () => {
  const settings = normalizeSettings({ minWords: 50 });
  const report = buildReport(analyze(article(words(10)), settings), settings);
  const mapped = mapReportLocations(report, (s) => `${s.start}-${s.end}`);
  assert.equal(mapped.title?.at, `${report.title!.at.start}-${report.title!.at.end}`);
  const f = mapped.groups[0].checks.find((c) => c.findings.length > 0)!.findings[0];
  assert.equal(typeof f.at, 'string');
});

test('an empty document gives a report, not an exception', () => {
  const settings = normalizeSettings({});
  const report = buildReport(analyze('', settings), settings);
  assert.equal(report.wordCount, 0);
  assert.equal(report.title, undefined);
});

test('without a keyphrase the keyphrase checks are not evaluated, with why; the score leaves them out', () => {
  const settings = normalizeSettings({ locale: 'fr', minWords: 50 });
  const text = `---\ntitle: Un titre en français pour tester le rapport\n---\n\n${words(60)}\n`;
  const report = buildReport(analyze(text, settings), settings);
  const keyphrase = report.groups.find((g) => g.category === 'keyphrase')!.checks;
  for (const id of ['keyphrase-in-title', 'keyphrase-in-introduction', 'keyphrase-density', 'keyphrase-length']) {
    const check = keyphrase.find((c) => c.ruleId === id)!;
    assert.equal(check.state, 'not-evaluated', id);
    assert.equal(check.reason, 'pas d’expression clé', id);
  }
  assert.equal(keyphrase.find((c) => c.ruleId === 'keyphrase-missing')!.name, 'Expression clé déclarée');
  assert.equal(keyphrase.find((c) => c.ruleId === 'keyphrase-missing')!.state, 'review');
  const description = report.groups.flatMap((g) => g.checks).find((c) => c.ruleId === 'description-missing')!;
  assert.equal(description.name, 'Méta-description présente');
  assert.ok(report.counts['not-evaluated'] >= 7);
  assert.ok(!keyphrase.some((c) => c.state === 'passed' && c.ruleId !== 'keyphrase-missing'), 'nothing passes that did not run');
});

test('typography never moves the SEO score; it is counted apart', () => {
  const settings = normalizeSettings({ locale: 'fr', minWords: 10 });
  const clean = article(`Une phrase correcte et assez longue pour le test du score.`);
  const typo = article(`Une phrase correcte et assez longue pour le test du score ...  "vraiment" !`);
  const a = buildReport(analyze(clean, settings), settings);
  const b = buildReport(analyze(typo, settings), settings);
  assert.ok(b.typographyFindings > 0);
  assert.equal(a.typographyFindings, 0);
  assert.equal(a.score, b.score);
});

test('the URL line comes from the slug, else the file name, else the title', () => {
  const settings = normalizeSettings({});
  const withSlug = `---\ntitle: Un titre\nslug: mon-slug\n---\n\nTexte.\n`;
  assert.equal(buildReport(analyze(withSlug, settings), settings, { fileName: 'x.md' }).url, 'mon-slug');
  const plain = `---\ntitle: Les grands patrons de la technologie\n---\n\nTexte.\n`;
  assert.equal(buildReport(analyze(plain, settings), settings, { fileName: '2024-01-02-patrons-tech.md' }).url, 'patrons-tech');
  assert.equal(buildReport(analyze(plain, settings), settings).url, 'grands-patrons-technologie');
});

test('each measuring check shows its figure, in the report language', () => {
  const settings = normalizeSettings({ locale: 'fr', minWords: 10 });
  const body = Array.from({ length: 12 }, (_, i) => `La phrase numéro ${i} parle du titre français avec soin.`).join(' ');
  const report = buildReport(analyze(article(body), settings), settings);
  const checks = report.groups.flatMap((g) => g.checks);
  const readability = checks.find((c) => c.ruleId === 'readability')!;
  assert.equal(readability.figure?.unit, 'points');
  assert.match(readability.figure!.text, /^\d+(,\d)?\u00a0points$/);
  const density = checks.find((c) => c.ruleId === 'keyphrase-density')!;
  assert.equal(density.figure?.unit, '%');
  assert.match(checks.find((c) => c.ruleId === 'links')!.figure!.text, /0 interne, 0 sortant/);
});
