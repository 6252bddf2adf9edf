// Issue 17 in a real VS Code on the raw pasted article: the lightbulb on the title leads with fixes and
// has at most two « Ignorer » entries; whole-article findings stay off the title; the report says « non
// évaluée » for the keyphrase checks; the generated description raises no finding and the action says
// what it changed. Screenshots of the report and of the lightbulb go to out/screenshots/.
import * as assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, openFixture, plumeDiagnostics, RESOLVE_COUNT, revertAndClose, setSetting, waitFor, waitForDiagnostics } from './helpers';
import { screenshot } from './screenshots';

const WHOLE_ARTICLE = ['keyphrase-missing', 'min-words', 'links', 'transition-words', 'description-missing'];

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return waitFor(`code actions at ${range.start.line}:${range.start.character}`, async () => {
    const list = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind, RESOLVE_COUNT);
    return list && list.length > 0 ? list : undefined;
  });
}

describe('writer view (issue 17)', () => {
  let editor: vscode.TextEditor | undefined;
  let restoreLocale: (() => Promise<void>) | undefined;
  before(async () => {
    restoreLocale = await setSetting('locale', 'fr');
  });
  after(async () => {
    await restoreLocale?.();
  });
  afterEach(async () => {
    if (editor) await revertAndClose(editor);
    editor = undefined;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('keeps whole-article findings off the title: at 1:1 only what is about the title', async () => {
    editor = await openFixture('raw-article.md');
    const uri = editor.document.uri;
    const list = await waitForDiagnostics(uri, 'title-language', (l) => l.some((d) => codeOf(d) === 'title-language'));
    const atStart = list.filter((d) => d.range.start.line === 0 && d.range.start.character === 0).map(codeOf).sort();
    assert.deepEqual(atStart, ['title-language', 'title-length'], describeDiagnostics(uri));
    assert.deepEqual(list.map(codeOf).filter((c) => WHOLE_ARTICLE.includes(c)), [], describeDiagnostics(uri));
    // Six identical « espace insécable » of one paragraph are one diagnostic with related places.
    const nbsp = plumeDiagnostics(uri).filter((d) => codeOf(d) === 'typo-nbsp');
    assert.ok(nbsp.every((d) => !d.relatedInformation?.length || /fois dans ce paragraphe/.test(d.message)), describeDiagnostics(uri));
  });

  it('the lightbulb on the title: fixes first, at most two « Ignorer », « Raccourcir » on the French part', async () => {
    editor = await openFixture('raw-article.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'title-length', (l) => l.some((d) => codeOf(d) === 'title-length'));
    // On « this title »: inside both the English part (title-language) and the title (title-length).
    const at = new vscode.Range(0, 12, 0, 12);
    const actions = await actionsAt(uri, at, 'quickfix');
    const titles = actions.map((a) => a.title);
    const ignore = actions.filter((a) => /^(Ignorer|Ignore)/.test(a.title));
    assert.ok(ignore.length <= 2, titles.join('\n'));
    assert.ok(ignore.length >= 1, titles.join('\n'));
    const firstIgnore = actions.indexOf(ignore[0]);
    assert.ok(firstIgnore >= 3, `fixes first:\n${titles.join('\n')}`);
    assert.ok(actions.slice(firstIgnore).every((a) => ignore.includes(a)), `« Ignorer » last:\n${titles.join('\n')}`);
    assert.ok(actions[0].isPreferred, titles.join('\n'));
    assert.ok(titles.some((t) => t.startsWith('Faire de cette ligne le titre')), titles.join('\n'));
    const shorten = actions.find((a) => a.title.startsWith('Raccourcir'));
    assert.ok(shorten, titles.join('\n'));
    assert.doesNotMatch(shorten.title, /Customize/);
    assert.equal(ignore[0].kind?.value, 'quickfix.plume.ignore');

    // The menu as the writer sees it, for the screenshot.
    editor.selection = new vscode.Selection(at.start, at.start);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await new Promise((r) => setTimeout(r, 1500));
    const png = await screenshot('lightbulb-title');
    if (png) assert.ok(statSync(png).size > 10_000, png);
    await vscode.commands.executeCommand('hideCodeActionWidget');

    // « Faire de cette ligne le titre » applied: a « # » title of the French part.
    const make = actions.find((a) => a.title.startsWith('Faire de cette ligne le titre'))!;
    assert.ok(await vscode.workspace.applyEdit(make.edit!));
    assert.equal(editor.document.lineAt(0).text, '# Les grands patrons de la technologie se lancent dans la bataille pour l’expertise en IA');
  });

  it('« Supprimer ce paragraphe » removes the pasted English instruction', async () => {
    editor = await openFixture('raw-article.md');
    const uri = editor.document.uri;
    const list = await waitForDiagnostics(uri, 'paragraph-language', (l) => l.some((d) => codeOf(d) === 'paragraph-language'));
    const foreign = list.find((d) => codeOf(d) === 'paragraph-language' && editor!.document.lineAt(d.range.start.line).text.startsWith('Make this article'));
    assert.ok(foreign, describeDiagnostics(uri));
    const actions = await actionsAt(uri, foreign.range, 'quickfix');
    const titles = actions.map((a) => a.title).join('\n');
    // The line also starts the body without « ## »: « Insérer des intertitres » is offered too.
    const remove = actions.findIndex((a) => a.title.startsWith('Supprimer ce paragraphe'));
    const ignore = actions.findIndex((a) => a.title.startsWith('Ignorer'));
    assert.ok(remove >= 0 && remove < ignore, titles);
    assert.ok(await vscode.workspace.applyEdit(actions[remove].edit!));
    assert.ok(!editor.document.getText().includes('Make this article'));
  });

  it('the report says « non évaluée » for keyphrase checks, agrees in French, shows the preview first', async () => {
    editor = await openFixture('raw-article.md');
    await vscode.commands.executeCommand('plume.showReport');
    const html = await waitFor('the report', async () => {
      const h = await vscode.commands.executeCommand<string | undefined>('plume.internal.reportHtml');
      return h && h.includes('data-state') ? h : undefined;
    });
    assert.match(html, /data-rule="keyphrase-in-title" data-state="not-evaluated">.*?non évaluée \(pas d’expression clé\)/);
    assert.match(html, /data-rule="description-missing" data-state="review"><span[^>]*>!<\/span><span class="name">Méta-description présente/);
    assert.match(html, /\d+ réussies/);
    assert.match(html, /\d+ non évaluées/);
    assert.match(html, /remarques? de typographie \(hors score\)/);
    assert.match(html, /Lisibilité[^<]*<\/span> <span class="figure">[\d,]+\u00a0points/);
    assert.ok(html.indexOf('class="preview"') < html.indexOf('class="summary"'), 'the preview comes first');
    assert.match(html, /class="serp-url">.*› raw-article</);
    // The webview paints after its HTML arrives (blank in a screenshot taken at once).
    await new Promise((r) => setTimeout(r, 3000));
    const png = await screenshot('report-raw-article');
    if (png) assert.ok(statSync(png).size > 10_000, png);
    // The keyphrase checks, « non évaluée », further down the panel.
    const checks = await screenshot('report-raw-article-checks', { webviewScrollTo: '[data-rule="keyphrase-missing"]' });
    if (checks) assert.ok(statSync(checks).size > 10_000, checks);
  });

  it('« Générer la méta-description » raises no finding and says what it changed', async () => {
    editor = await openFixture('raw-article.md');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 'title-language', (l) => l.some((d) => codeOf(d) === 'title-language'));
    const bottom = editor.document.lineCount - 1;
    editor.selection = new vscode.Selection(bottom, 0, bottom, 0);
    editor.revealRange(new vscode.Range(bottom, 0, bottom, 0));
    await vscode.commands.executeCommand('plume.generateDescription');
    assert.ok(editor.document.getText().startsWith('---\ndescription: '));
    const said = await waitFor('the change announced', async () => vscode.commands.executeCommand<string | undefined>('plume.internal.lastChange'));
    assert.match(said, /méta-description/);
    await waitFor('the new description on screen', () => (editor!.visibleRanges.some((r) => r.contains(new vscode.Position(1, 0))) ? true : undefined));
    // The title moved down under the new front matter: this publication is of the edited text.
    const list = await waitForDiagnostics(uri, 'analysed with the description', (l) => l.some((d) => codeOf(d) === 'title-language' && d.range.start.line > 0));
    const flagged = list.filter((d) => ['description-missing', 'description-length', 'description-width'].includes(codeOf(d)));
    assert.deepEqual(flagged.map((d) => `${codeOf(d)}: ${d.message}`), []);
  });
});
