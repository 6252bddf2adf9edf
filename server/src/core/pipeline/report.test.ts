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
  assert.equal(minWords.status, 'warn');
  assert.equal(minWords.name, 'Longueur minimale');
  assert.match(minWords.findings[0].message, /40 mots sur 50/);
  assert.equal(structure.checks.find((c) => c.ruleId === 'front-matter')!.status, 'pass');
  assert.ok(!report.groups.some((g) => g.checks.some((c) => c.ruleId === 'title-language')), 'rules turned off are left out');
  assert.equal(report.wordCount, 40);
  assert.equal(report.minWords, 50);
  const warned = report.groups.flatMap((g) => g.checks).filter((c) => c.status === 'warn');
  assert.ok(warned.some((c) => c.ruleId === 'min-words'));
  assert.equal(report.counts.warn, warned.length);
  assert.equal(report.counts.fail, 0);
  assert.equal(report.keyphrase, 'titre français');
  assert.equal(report.score, undefined, 'no score module: no invented figure');
  assert.equal(report.keyphraseDensity, undefined);
  assert.equal(report.title?.text, 'Un titre en français pour tester');
  assert.equal(report.description?.text, 'Une description.');
  assert.equal(text.slice(report.description!.at.start, report.description!.at.end), 'Une description.');
});

test('an error finding makes its check fail; English names follow the locale', () => {
  const settings = normalizeSettings({ locale: 'en', rules: { 'min-words': 'error' } });
  const report = buildReport(analyze(article(words(10)), settings), settings);
  const check = report.groups[0].checks.find((c) => c.ruleId === 'min-words')!;
  assert.equal(check.status, 'fail');
  assert.equal(check.name, 'Minimum length');
  assert.equal(report.locale, 'en');
});

test('extras: the score is clamped and rounded, non-finite values are dropped', () => {
  const settings = normalizeSettings({});
  const analysis = analyze(article(words(10)), settings);
  assert.equal(buildReport(analysis, settings, { score: 77.6, keyphraseDensity: 1.25 }).score, 78);
  assert.equal(buildReport(analysis, settings, { score: 140 }).score, 100);
  assert.equal(buildReport(analysis, settings, { score: Number.NaN }).score, undefined);
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
