// What the server reads of a document's URI: a file path (for `file:` URIs) and a file name.
import { fileURLToPath } from 'node:url';

/** The file system path of a `file:` URI (others have none). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The last segment of a URI, decoded: the slug rules read it. */
export function fileNameOf(uri: string): string | undefined {
  const path = uri.split(/[?#]/)[0];
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || undefined;
  } catch {
    return name || undefined;
  }
}
