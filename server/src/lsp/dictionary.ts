// « Ajouter au dictionnaire »: a code action on each spelling diagnostic runs the server command
// `plume.addToDictionary`, which writes the word to the project file (`.plumerc.json` `words`), read
// by the command line and every editor alike; the open documents are then checked again.
import { CodeActionKind, MessageType, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core';
import type { UriPaths } from '../platform/uriPaths';
import type { ServerHost } from './host';

export const ADD_TO_DICTIONARY_COMMAND = 'plume.addToDictionary';

/** The « add to dictionary » actions for the spelling diagnostics of the request. */
export function dictionaryActions(document: TextDocument, params: CodeActionParams, locale: Locale, paths: UriPaths): CodeAction[] {
  if (params.context.only && !params.context.only.some((o) => o === CodeActionKind.QuickFix || o === CodeActionKind.Empty)) return [];
  if (!paths.filePathOf(document.uri)) return [];
  return params.context.diagnostics
    .filter((d) => d.source === 'plume' && d.code === 'spelling')
    .map((d) => {
      const word = document.getText(d.range);
      return {
        title: locale === 'fr' ? `Ajouter « ${word} » au dictionnaire du projet` : `Add « ${word} » to the project dictionary`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: 'Plume', command: ADD_TO_DICTIONARY_COMMAND, arguments: [document.uri, word] },
      };
    });
}

/** Runs the command; `changed` re-reads the project files and checks the open documents again. */
export function addToDictionary(
  host: Pick<ServerHost, 'connection' | 'paths'> & { readonly addProjectWord: NonNullable<ServerHost['addProjectWord']> },
  roots: readonly string[],
  args: readonly unknown[],
  changed: () => void,
): boolean {
  const { connection } = host;
  const [uri, word] = args;
  if (typeof uri !== 'string' || typeof word !== 'string' || word.trim() === '') return false;
  const file = host.paths.filePathOf(uri);
  if (!file) return false;
  const root = roots.filter((r) => file === r || (file.startsWith(r) && (/[\\/]$/.test(r) || /^[\\/]/.test(file.slice(r.length))))).sort((a, b) => b.length - a.length)[0];
  const result = host.addProjectWord(file, root, word.trim());
  if (!result.ok) {
    void connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: `Plume: ${result.path}: ${result.message}` });
    return false;
  }
  changed();
  return true;
}
