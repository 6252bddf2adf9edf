import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, normalizeSettings } from '../../server/src/core';
import { buildReport, mapReportLocations, type ReportExtras } from '../../server/src/core/pipeline/report';
import type { WireRange, WireReport } from '../../server/src/lsp/protocol';
import { escapeHtml, renderReportBody, renderReportHtml } from '../../client/src/views/reportHtml';
import { LABELS, resolveLocale, statusText } from '../../client/src/views/labels';

/** Offsets to line/character, as the server does with the document. */
function wire(text: string, locale: 'fr' | 'en', extras: ReportExtras = {}): WireReport {
  const settings = normalizeSettings({ locale, minWords: 50 });
  const pos = (offset: number): WireRange['start'] => {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
  };
  return mapReportLocations(buildReport(analyze(text, settings), settings, extras), (s) => ({ start: pos(s.start), end: pos(s.end) }));
}

const hostile = '---\ntitle: "Des <script>alert(1)</script> & des \\"guillemets\\" dans le titre"\ndescription: <b>gras</b>\n---\n\nQuelques mots seulement.\n';
const options = { cspSource: 'vscode-webview://abc', nonce: 'N0nc3', styleUris: ['vscode-webview://abc/media/report.css'] };

test('the page carries a strict CSP, a nonced script and no remote URL', () => {
  const html = renderReportHtml(wire(hostile, 'fr'), LABELS.fr, options);
  assert.match(
    html,
    /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src vscode-webview:\/\/abc; img-src vscode-webview:\/\/abc; script-src &#39;nonce-N0nc3&#39;;">/,
  );
  assert.match(html, /<script nonce="N0nc3">/);
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the nonced script');
  assert.doesNotMatch(html, /https?:\/\//);
  assert.doesNotMatch(html, /\sstyle=|<style|\son[a-z]+=/, 'no inline styles or handlers (the CSP blocks them)');
});

test('text from the article is escaped', () => {
  const html = renderReportHtml(wire(hostile, 'fr'), LABELS.fr, { ...options, subject: 'a<b>.md' });
  assert.doesNotMatch(html, /<script>alert/);
  assert.doesNotMatch(html, /<b>gras/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; des &quot;guillemets&quot;/);
  assert.match(html, /a&lt;b&gt;\.md/);
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('French labels: groups, word count against the minimum, « — » without score or density', () => {
  const body = renderReportBody(wire(hostile, 'fr'), LABELS.fr);
  for (const name of ['Structure', 'Mot-clé', 'Lisibilité', 'Typographie', 'Langue']) assert.ok(body.includes(`<h3>${name}</h3>`), name);
  assert.match(body, /<h1>Plume : rapport SEO<\/h1>/);
  assert.match(body, /<div class="value short">3<\/div><div class="sub">sur 50 minimum<\/div>/);
  assert.match(body, /<div class="card score"><h2>Score SEO<\/h2><div class="value">\d+<small>\/100<\/small><\/div><div class="sub">sur les vérifications évaluées, hors typographie/);
  assert.match(body, /Densité\u00a0: —/);
  assert.match(body, /✓ \d+ réussies/);
  assert.match(body, /\d+ non évaluées/);
  assert.match(body, /data-rule="keyphrase-in-title" data-state="not-evaluated">.*?non évaluée \(pas d’expression clé\)/);
  assert.ok(body.indexOf('class="preview"') < body.indexOf('class="summary"'), 'the results-page preview comes first');
  assert.match(body, /<div class="serp-url"><span class="site">votre-site\.fr<\/span> › script-alert-1/);
  assert.match(body, /<svg class="serp-scale" viewBox="0 0 628 132"/);
  // The min-words check is flagged and its finding can be revealed in the text.
  assert.match(body, /<li class="check review" data-rule="min-words" data-state="review">.*?<li class="finding warning" data-reveal="1,7,1,\d+"/);
  assert.match(body, /Ordinateur/);
});

test('English labels, and the score and density once the other modules provide them', () => {
  const body = renderReportBody(wire(hostile, 'en', { score: 78, keyphraseDensity: 1.26 }), LABELS.en);
  assert.match(body, /<h1>Plume: SEO report<\/h1>/);
  assert.match(body, /78<small>\/100<\/small>/);
  assert.match(body, /class="fill w80"/);
  assert.match(body, /Density: 1\.3 %/);
  assert.match(body, /<h3>Keyphrase<\/h3>/);
  assert.match(body, /Desktop/);
});

test('no report yet: a waiting message, not an empty page', () => {
  assert.match(renderReportBody(undefined, LABELS.en), /Open a Markdown article/);
});

test('status text and locale resolution', () => {
  assert.equal(statusText('fr', 712), '712 mots');
  assert.equal(statusText('fr', 712, 78), '712 mots · SEO 78/100');
  assert.equal(statusText('en', 1234, 78), '1,234 words · SEO 78/100');
  assert.equal(statusText('fr', 1234), '1\u202f234 mots');
  assert.equal(resolveLocale('auto', 'en-US'), 'en');
  assert.equal(resolveLocale('auto', 'de'), 'fr');
  assert.equal(resolveLocale('fr', 'en'), 'fr');
  assert.equal(resolveLocale('en', 'fr'), 'en');
});

test('a check with many findings lists the first ones and counts the others', () => {
  const text = `# Un titre pour l’essai des listes longues\n\n${Array.from({ length: 60 }, (_, i) => `Il boit l'eau numéro ${i}.`).join(' ')}\n`;
  const report = wire(text, 'fr');
  const apostrophes = report.groups.flatMap((g) => g.checks).find((c) => c.ruleId === 'typo-apostrophe')!;
  assert.equal(apostrophes.findings.length, 50);
  assert.equal(apostrophes.moreFindings, 10);
  const html = renderReportBody(report, LABELS.fr);
  assert.match(html, /<li class="finding more">… et 10 de plus, tous dans l’éditeur<\/li>/);
  assert.equal((html.match(/class="finding more"/g) ?? []).length, 1);
  assert.match(renderReportBody(wire(text, 'en'), LABELS.en), /… and 10 more, all in the editor/);
});
