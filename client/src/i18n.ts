// The client's strings follow `plume.locale` once it is `fr` or `en`, like the server's messages and the
// report; `auto` follows VS Code's display language through vscode.l10n, as extensions do.
import * as vscode from 'vscode';

let french: Readonly<Record<string, string>> = {};

/**
 * Loads the French bundle (l10n/bundle.l10n.fr.json) once, at activation, through VS Code's file
 * system: the same on the desktop and in the browser (no `node:fs` in the web worker host).
 */
export async function loadBundles(extensionUri: vscode.Uri): Promise<void> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'l10n', 'bundle.l10n.fr.json'));
    french = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>;
  } catch {
    french = {};
  }
}

/** `plume.locale` as set (`auto` when unset or unreadable, e.g. before a workspace exists). */
function localeSetting(): string | undefined {
  try {
    return vscode.workspace?.getConfiguration('plume').get<string>('locale');
  } catch {
    return undefined;
  }
}

/** The language Plume's client shows: `plume.locale`, else VS Code's display language (French unless English). */
export function uiLocale(): 'fr' | 'en' {
  const setting = localeSetting();
  if (setting === 'fr' || setting === 'en') return setting;
  return (vscode.env?.language ?? '').toLowerCase().startsWith('en') ? 'en' : 'fr';
}

function format(message: string, args: readonly (string | number)[]): string {
  return message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

/** `vscode.l10n.t` that obeys `plume.locale`. */
export function t(message: string, ...args: (string | number)[]): string {
  const setting = localeSetting();
  if (setting === 'en') return format(message, args);
  if (setting === 'fr') return format(french[message] ?? message, args);
  return vscode.l10n.t(message, ...args);
}
