import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../core';

interface Log {
  /** The oldest version the changes start from (the last one analysed, or older). */
  since: number;
  /** Each change with the version it made, in order. */
  readonly entries: { readonly version: number; readonly change: TextChange }[];
  /** The latest version made by a change that could not be recorded (a full-text replacement). */
  brokenAt: number;
}

/**
 * Records the incremental changes of each document as `TextDocuments` applies them, in offsets and
 * with the version each made, so that the next analysis can reuse the previous parse of the unchanged
 * parts. Analyses are sliced: changes keep arriving while one runs, so its end forgets only the
 * changes up to the version it analysed.
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
        if (log && 'range' in change) {
          const from = current.offsetAt(change.range.start);
          const to = current.offsetAt(change.range.end);
          log.entries.push({ version, change: { from, to, insertLength: change.text.length } });
        } else if (log) {
          log.brokenAt = version;
          log.entries.length = 0;
        }
        current = TextDocument.update(current, [change], version);
      }
      return current;
    },
  };

  /** Forgets the changes up to `version`, the version just analysed. */
  reset(uri: string, version: number): void {
    const log = this.logs.get(uri);
    if (!log || log.since > version) {
      this.logs.set(uri, { since: version, entries: [], brokenAt: -Infinity });
      return;
    }
    let keep = 0;
    while (keep < log.entries.length && log.entries[keep].version <= version) keep++;
    log.entries.splice(0, keep);
    log.since = version;
  }

  /** The changes made since `version`, when all were recorded from it. */
  since(uri: string, version: number): readonly TextChange[] | undefined {
    const log = this.logs.get(uri);
    if (!log || log.since > version || log.brokenAt > version) return undefined;
    const changes: TextChange[] = [];
    for (const e of log.entries) if (e.version > version) changes.push(e.change);
    return changes;
  }

  delete(uri: string): void {
    this.logs.delete(uri);
  }
}
