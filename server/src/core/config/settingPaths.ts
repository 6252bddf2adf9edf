// Dotted keys (`readability.maxParagraphWords`) over nested sections, as VS Code nests `plume.*`
// settings in the section it sends and as the project file may write them.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted key of a nested object, or undefined. */
export function valueAt(root: unknown, key: string): unknown {
  let value: unknown = root;
  for (const part of key.split('.')) {
    if (!isRecord(value)) return undefined;
    value = value[part];
  }
  return value;
}

/** Sets the value at a dotted key, creating (or copying, never sharing) the sections on the way. */
export function setValueAt(root: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = root;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node[part] = isRecord(next) ? { ...next } : {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}
