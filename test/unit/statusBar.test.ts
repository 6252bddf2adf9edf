// The status bar logic with a stand-in for the `vscode` module (the real one exists only inside
// VS Code; the end-to-end suite covers it there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Module from 'node:module';
import type { StatsParams } from '../../server/src/lsp/protocol';

class FakeItem {
  text = '';
  tooltip: string | undefined;
  backgroundColor: { id: string } | undefined;
  visible = false;
  name = '';
  command = '';
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  dispose(): void {
    this.visible = false;
  }
}

const items: FakeItem[] = [];
const fakeVscode = {
  StatusBarAlignment: { Left: 1, Right: 2 },
  ThemeColor: class {
    constructor(readonly id: string) {}
  },
  l10n: { t: (s: string) => s },
  window: {
    activeTextEditor: undefined as undefined | { document: { uri: { toString(): string }; languageId: string } },
    createStatusBarItem: () => {
      const item = new FakeItem();
      items.push(item);
      return item;
    },
  },
};

// Serve the stand-in to `require('vscode')` from the bundled client code.
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, ...rest);
};

function open(uri: string, languageId = 'markdown'): void {
  fakeVscode.window.activeTextEditor = { document: { uri: { toString: () => uri }, languageId } };
}

const stats = (over: Partial<StatsParams> = {}): StatsParams => ({ uri: 'file:///a.md', version: 1, locale: 'fr', words: 712, minWords: 700, ...over });

test('the status bar shows the server’s count for the active Markdown editor only', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { WordCountStatus } = require('../../client/src/views/statusBar') as typeof import('../../client/src/views/statusBar');
  const status = new WordCountStatus();
  const item = items.at(-1)!;
  assert.equal(item.command, 'plume.showReport');
  const background = (): string | undefined => item.backgroundColor?.id;

  open('file:///a.md');
  status.update(stats());
  assert.equal(status.text, '712 mots');
  assert.equal(item.visible, true);
  assert.equal(background(), undefined, 'enough words: no warning colour');

  status.update(stats({ version: 2, words: 650, score: 78 }));
  assert.equal(status.text, '650 mots · SEO 78/100');
  assert.equal(background(), 'statusBarItem.warningBackground');
  assert.match(String(item.tooltip), /650 mots, minimum 700/);

  status.update(stats({ version: 3, locale: 'en', words: 1234 }));
  assert.equal(status.text, '1,234 words');

  open('file:///b.md'); // another article not analysed yet
  status.refresh();
  assert.equal(item.visible, false);
  assert.equal(status.text, '');

  open('file:///a.ts', 'typescript');
  status.update(stats({ uri: 'file:///a.ts' }));
  assert.equal(item.visible, false, 'not on other languages');

  open('file:///a.md');
  status.forget('file:///a.md');
  assert.equal(item.visible, false, 'closed documents are forgotten');
  status.dispose();
});
