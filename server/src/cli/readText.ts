import { readFileSync } from 'node:fs';
import { UsageError } from './args';

/** A file the command line cannot take as an article; the message is for the user as it is. */
export class UnreadableFileError extends Error {}

/**
 * Reads an article as UTF-8 text (`-` is standard input), or refuses it with a clear message:
 * a missing file, a folder, no permission, a binary file (NUL bytes), or invalid UTF-8.
 */
export function readTextFile(path: string, label: string = path): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(error));
    throw new UnreadableFileError(`cannot read ${label}: ${reason}`);
  }
  if (bytes.includes(0)) throw new UnreadableFileError(`cannot read ${label}: binary file (it contains NUL bytes), not a text article`);
  try {
    // ignoreBOM keeps a BOM in the text, as the editor does, so that columns agree.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError(`cannot read ${label}: not valid UTF-8 text`);
  }
}

/** Reads a file the user named; what cannot be read is a usage error (exit code 2). */
export function readText(file: string): string {
  try {
    return readTextFile(file);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UsageError(error.message);
    throw error;
  }
}
