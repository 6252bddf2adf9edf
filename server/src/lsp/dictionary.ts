// « Ajouter au dictionnaire »: a code action on each spelling diagnostic runs the server command
// `plume.addToDictionary`, which writes the word to the project file (`.plumerc.json` `words`), read
// by the command line and every editor alike; the open documents are then checked again.
import { CodeActionKind, MessageType, type CodeAction, type CodeActionParams, type Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { sep } from 'node:path';
import type { Locale } from '../core';
import { addWordToProject } from '../platform/projectConfigFiles';
import { filePathOf } from './uris';

export const ADD_TO_DICTIONARY_COMMAND = 'plume.addToDictionary';

/** The « add to dictionary » actions for the spelling diagnostics of the request. */
export function dictionaryActions(document: TextDocument, params: CodeActionParams, locale: Locale): CodeAction[] {
  if (params.context.only && !params.context.only.some((o) => o === CodeActionKind.QuickFix || o === CodeActionKind.Empty)) return [];
  if (!filePathOf(document.uri)) return [];
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
export function addToDictionary(connection: Connection, roots: readonly string[], args: readonly unknown[], changed: () => void): boolean {
  const [uri, word] = args;
  if (typeof uri !== 'string' || typeof word !== 'string' || word.trim() === '') return false;
  const file = filePathOf(uri);
  if (!file) return false;
  const root = roots.filter((r) => file === r || file.startsWith(r.endsWith(sep) ? r : r + sep)).sort((a, b) => b.length - a.length)[0];
  const result = addWordToProject(file, root, word.trim());
  if (!result.ok) {
    void connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: `Plume: ${result.path}: ${result.message}` });
    return false;
  }
  changed();
  return true;
}
