import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../core';

interface Log {
  /** The version the changes start from (the last one analysed). */
  readonly since: number;
  /** Undefined once a change could not be recorded (a full-text replacement): nothing to reuse then. */
  changes: TextChange[] | undefined;
}

/**
 * Records the incremental changes of each document as `TextDocuments` applies them, in offsets, so that
 * the next analysis can reuse the previous parse of the unchanged parts.
 */
export class EditLog {
  private readonly logs = new Map<string, Log>();

  /** A `TextDocuments` configuration: applies the changes one by one, recording each in the offsets of its time. */
  readonly configuration = {
    create: TextDocument.create,
    update: (document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument => {
      const log = this.logs.get(document.uri);
      let current = document;
      for (const change of changes) {
        if (log?.changes && 'range' in change) {
          const from = current.offsetAt(change.range.start);
          const to = current.offsetAt(change.range.end);
          log.changes.push({ from, to, insertLength: change.text.length });
        } else if (log) {
          log.changes = undefined;
        }
        current = TextDocument.update(current, [change], version);
      }
      return current;
    },
  };

  /** Starts a new log at `version`, the version just analysed. */
  reset(uri: string, version: number): void {
    this.logs.set(uri, { since: version, changes: [] });
  }

  /** The changes made since `version`, when all were recorded from it. */
  since(uri: string, version: number): readonly TextChange[] | undefined {
    const log = this.logs.get(uri);
    return log && log.since === version ? log.changes : undefined;
  }

  delete(uri: string): void {
    this.logs.delete(uri);
  }
}
