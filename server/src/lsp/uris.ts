// What the server reads of a document's URI whatever the host: its file name (the slug rules read it).
// Paths of URIs depend on the host: platform/uriPaths.ts.

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
