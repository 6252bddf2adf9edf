// The report panel's logic with a stand-in for the `vscode` module and the language client: it asks
// the server for the report, renders it with the CSP, updates in place, follows the editor, switches
// language, and reveals a clicked finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Module from 'node:module';
import { analyze, normalizeSettings } from '../../server/src/core';
import { buildReport, mapReportLocations } from '../../server/src/core/pipeline/report';
import type { ReportResult, WireReport } from '../../server/src/lsp/protocol';

type Listener = (value: unknown) => void;

class FakeWebview {
  html = '';
  cspSource = 'vscode-webview://fake';
  posted: unknown[] = [];
  listener: Listener | undefined;
  asWebviewUri(uri: { path: string }): { toString(): string } {
    return { toString: () => `vscode-webview://fake${uri.path}` };
  }
  postMessage(message: unknown): Promise<boolean> {
    this.posted.push(message);
    return Promise.resolve(true);
  }
  onDidReceiveMessage(listener: Listener): { dispose(): void } {
    this.listener = listener;
    return { dispose: () => undefined };
  }
}

class FakePanel {
  webview = new FakeWebview();
  visible = true;
  disposed = false;
  constructor(public title: string) {}
  reveal(): void {}
  onDidDispose(): { dispose(): void } {
    return { dispose: () => undefined };
  }
  onDidChangeViewState(): { dispose(): void } {
    return { dispose: () => undefined };
  }
  dispose(): void {
    this.disposed = true;
  }
}

const uri = (s: string): { toString(): string; path: string } => ({ toString: () => s, path: s.replace(/^file:\/\//, '') });
const panels: FakePanel[] = [];
const shown: { document: unknown; options: { selection?: { start: { line: number } } } }[] = [];
let localeSetting = 'auto';
const fakeVscode = {
  ViewColumn: { One: 1, Beside: -2 },
  TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
  Range: class {
    start: { line: number; character: number };
    end: { line: number; character: number };
    constructor(sl: number, sc: number, el: number, ec: number) {
      this.start = { line: sl, character: sc };
      this.end = { line: el, character: ec };
    }
  },
  Uri: { joinPath: (base: { path: string }, ...parts: string[]) => uri(`file://${[base.path, ...parts].join('/')}`) },
  env: { language: 'en' },
  workspace: {
    getConfiguration: () => ({ get: () => localeSetting }),
    asRelativePath: (u: { path: string }) => u.path.split('/').pop(),
    openTextDocument: (u: unknown) => Promise.resolve({ uri: u }),
  },
  window: {
    visibleTextEditors: [] as unknown[],
    createWebviewPanel: (_type: string, title: string) => {
      const panel = new FakePanel(title);
      panels.push(panel);
      return panel;
    },
    showTextDocument: (document: unknown, options: { selection?: { start: { line: number } } }) => {
      shown.push({ document, options });
      return Promise.resolve({ revealRange: () => undefined });
    },
  },
};
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, ...rest);
};

function report(locale: 'fr' | 'en', minWords: number): WireReport {
  const settings = normalizeSettings({ locale, minWords });
  const text = '---\ntitle: Un titre\n---\n\nQuelques mots pour commencer.\n';
  return mapReportLocations(buildReport(analyze(text, settings), settings), () => ({ start: { line: 4, character: 0 }, end: { line: 4, character: 5 } }));
}

async function until(what: string, check: () => boolean): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

test('the panel renders the server’s report, updates in place, switches language and reveals findings', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ReportPanel } = require('../../client/src/views/reportPanel') as typeof import('../../client/src/views/reportPanel');
  const requests: { method: string; params: { uri: string } }[] = [];
  let answer: (u: string) => ReportResult | null = (u) => ({ uri: u, version: 1, report: report('fr', 700) });
  const client = {
    sendRequest: (method: string, params: { uri: string }) => {
      requests.push({ method, params });
      return Promise.resolve(answer(params.uri));
    },
  };
  const context = { extensionUri: uri('file:///ext'), subscriptions: [] };
  localeSetting = 'fr';
  const args = [context, client, uri('file:///a.md')] as unknown as Parameters<typeof ReportPanel.show>;
  const panel = ReportPanel.show(...args);
  const fake = panels[0];
  assert.equal(fake.title, 'Plume : rapport SEO');
  await until('first render', () => fake.webview.html !== '');
  assert.deepEqual(requests[0], { method: 'plume/report', params: { uri: 'file:///a.md' } });
  assert.match(fake.webview.html, /default-src &#39;none&#39;; style-src vscode-webview:\/\/fake;/);
  assert.match(fake.webview.html, /href="vscode-webview:\/\/fake\/ext\/media\/report.css"/);
  assert.match(fake.webview.html, /sur 700 minimum/);

  // A new analysis of the same document: content swapped by a message, page kept.
  const html = fake.webview.html;
  answer = (u) => ({ uri: u, version: 2, report: report('fr', 10) });
  ReportPanel.analysed('file:///a.md');
  await until('an update message', () => fake.webview.posted.length === 1);
  assert.equal(fake.webview.html, html);
  assert.match(JSON.stringify(fake.webview.posted[0]), /sur 10 minimum/);
  ReportPanel.analysed('file:///other.md'); // not the followed document: nothing
  await new Promise((r) => setTimeout(r, 150));
  assert.equal(requests.length, 2);

  // The server answers in English (plume.locale = en): title and page switch.
  answer = (u) => ({ uri: u, version: 3, report: report('en', 700) });
  ReportPanel.onLocaleChanged();
  await until('English page', () => /of 700 minimum/.test(fake.webview.html));
  assert.equal(fake.title, 'Plume: SEO report');

  // Following another Markdown editor.
  ReportPanel.onActiveEditor({ document: { uri: uri('file:///b.md'), languageId: 'markdown' } } as never);
  await until('request for b.md', () => requests.some((r) => r.params.uri === 'file:///b.md'));

  // A click on a finding reveals its range in the document.
  fake.webview.listener?.({ type: 'reveal', range: { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } } });
  await until('showTextDocument', () => shown.length === 1);
  assert.equal(shown[0].options.selection?.start.line, 4);
  fake.webview.listener?.({ type: 'nonsense' });
  fake.webview.listener?.(null);

  panel.dispose();
  assert.equal(fake.disposed, true);
});
