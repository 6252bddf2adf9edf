import { parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { FrontMatter, FrontMatterField, FrontMatterKind } from './model';
import type { Span } from '../base/span';
import { detached } from '../base/memo';

interface Line {
  readonly start: number;
  /** End of the line's content, before its line break. */
  readonly end: number;
  /** Start of the next line. */
  readonly next: number;
}

function lineAt(text: string, start: number): Line {
  let end = text.indexOf('\n', start);
  const next = end === -1 ? text.length : end + 1;
  if (end === -1) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end, next };
}

function fenceOf(text: string, line: Line): FrontMatterKind | undefined {
  const content = text.slice(line.start, line.end).trimEnd();
  if (content === '---') return 'yaml';
  if (content === '+++') return 'toml';
  return undefined;
}

/**
 * Parsed front matters by their text (from the start of the document to the end of the closing fence):
 * the result depends on nothing else, and typing in the body leaves the front matter as it was, so the
 * YAML parser runs once per front-matter version, not once per keystroke. A few entries: the current
 * version and the ones typography fixes are checked against.
 */
const parsed = new Map<string, FrontMatter>();
const PARSED_LIMIT = 32;

/**
 * Finds and parses the front matter at the start of the text (after an optional BOM): YAML between
 * `---` lines (closed by `---` or `...`) or TOML between `+++` lines. Trailing spaces and CRLF are
 * tolerated. A malformed or unclosed block yields an `error`, never an exception.
 */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const origin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = lineAt(text, origin);
  const kind = fenceOf(text, first);
  if (!kind) return undefined;
  let pos = first.next;
  while (pos < text.length) {
    const line = lineAt(text, pos);
    const content = text.slice(line.start, line.end).trimEnd();
    const closes = kind === 'yaml' ? content === '---' || content === '...' : content === '+++';
    if (closes) {
      const key = text.slice(0, line.next);
      const known = parsed.get(key);
      if (known) return known;
      const contentSpan = { start: first.next, end: line.start };
      const span = { start: origin, end: line.next };
      // A copy: a slice of the document would keep that whole version of it alive in the cache (and
      // the parsed values, sliced from it, with it).
      const own = detached(key);
      const result = kind === 'yaml' ? readYaml(own, span, contentSpan) : readToml(own, span, contentSpan);
      if (parsed.size >= PARSED_LIMIT) parsed.clear();
      parsed.set(own, result);
      return result;
    }
    pos = line.next;
  }
  // An opening fence that never closes: report it and keep the rest of the document as body.
  return {
    kind,
    span: { start: origin, end: first.next },
    contentSpan: { start: first.next, end: first.next },
    fields: [],
    error: { message: 'unclosed', code: 'unclosed', span: { start: first.start, end: first.end } },
  };
}

function readYaml(text: string, span: Span, contentSpan: Span): FrontMatter {
  const source = text.slice(contentSpan.start, contentSpan.end);
  const base = contentSpan.start;
  const strict = readYamlSource(text, source, base, span);
  if (!strict.error) return { kind: 'yaml', span, contentSpan, fields: strict.fields };
  // French writers put a space before « : »: `title: Voyage en train : le guide` is invalid YAML.
  // Read such values whole, as meant, and say so precisely.
  const colon = colonValues(source, base);
  if (colon.length > 0) {
    const repaired = quoteValues(source, base, colon);
    const lenient = readYamlSource(repaired.text, repaired.text.slice(base), base, span);
    if (!lenient.error) {
      const fields = lenient.fields.map((f) => {
        const own = colon.find((c) => c.keyStart === repaired.toOriginal(f.keySpan.start));
        const keySpan = { start: repaired.toOriginal(f.keySpan.start), end: repaired.toOriginal(f.keySpan.end) };
        const valueSpan = own ? own.value : { start: repaired.toOriginal(f.valueSpan.start), end: repaired.toOriginal(f.valueSpan.end) };
        return { key: f.key, value: f.value, keySpan, valueSpan };
      });
      return {
        kind: 'yaml',
        span,
        contentSpan,
        fields,
        error: { message: 'colon', code: 'colon', span: colon[0].value },
        colonValues: colon.map((c) => c.value),
        lenient: true,
      };
    }
  }
  return { kind: 'yaml', span, contentSpan, fields: strict.fields, error: strict.error };
}

function readYamlSource(text: string, source: string, base: number, span: Span): { fields: FrontMatterField[]; error?: NonNullable<FrontMatter['error']> } {
  const contentSpan = { start: base, end: base + source.length };
  const fields: FrontMatterField[] = [];
  let error: FrontMatter['error'];
  try {
    const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      error = { message: e.message.split('\n')[0], code: e.code, span: clampErrorSpan(text, base + e.pos[0], base + e.pos[1], contentSpan) };
    }
    const contents = doc.contents;
    if (isMap(contents)) {
      const values = error ? undefined : (doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null);
      for (const pair of contents.items) {
        const key = pair.key as YamlNode | null;
        if (!isScalar(key) || !key.range) continue;
        const name = String(key.value);
        const keySpan = { start: base + key.range[0], end: base + key.range[1] };
        const valueNode = pair.value as YamlNode | null;
        const valueSpan = valueNode?.range
          ? { start: base + valueNode.range[0], end: base + valueNode.range[1] }
          : { start: keySpan.end, end: keySpan.end };
        const value = values ? values[name] : isScalar(valueNode) ? valueNode.value : valueNode?.toJSON();
        fields.push({ key: name, value, keySpan, valueSpan });
      }
    } else if (contents !== null && !error) {
      const r = contents.range;
      error = {
        message: 'not a map of fields',
        code: 'notMap',
        span: r ? { start: base + r[0], end: base + r[1] } : { start: span.start, end: span.start + 3 },
      };
    }
  } catch (e) {
    error = { message: e instanceof Error ? e.message.split('\n')[0] : String(e), span: { start: span.start, end: span.start + 3 } };
  }
  return { fields, ...(error ? { error } : {}) };
}

/** A top-level `key: value` whose plain value holds « : » followed by a space or the line's end. */
const COLON_LINE = /^([A-Za-z_][\w.-]*)([ \t]*:[ \t]+)([^\s"'[{|>&*!#%@`][^\r\n]*?)[ \t]*\r?$/;

interface ColonValue {
  readonly keyStart: number;
  /** The value as written, in offsets of the document. */
  readonly value: Span;
}

/** The values written unquoted with « : » inside them, which YAML reads as a nested mapping. */
export function colonValues(source: string, base: number): ColonValue[] {
  const out: ColonValue[] = [];
  let pos = 0;
  for (const line of source.split('\n')) {
    const m = COLON_LINE.exec(line);
    // « : » inside the value (a space before it or not), followed by a space or the end: `12:30` and
    // addresses (`https://…`) stay valid YAML and are left alone.
    if (m && /:(?:[ \t]|$)/.test(m[3]) && !/\s#/.test(m[3])) {
      const start = base + pos + m[1].length + m[2].length;
      out.push({ keyStart: base + pos, value: { start, end: start + m[3].length } });
    }
    pos += line.length + 1;
  }
  return out;
}

/** The value in YAML double quotes, `\` and `"` escaped: what the quick fix writes. */
export function quoteYamlValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The text with those values quoted, and a map from its offsets back to the original text's. */
function quoteValues(source: string, base: number, values: readonly ColonValue[]): { text: string; toOriginal: (offset: number) => number } {
  let text = ' '.repeat(base);
  let pos = base;
  // (offset in the repaired text, units added up to there)
  const shifts: [number, number][] = [];
  let added = 0;
  for (const v of values) {
    text += source.slice(pos - base, v.value.start - base);
    const quoted = quoteYamlValue(source.slice(v.value.start - base, v.value.end - base));
    text += quoted;
    added += quoted.length - (v.value.end - v.value.start);
    shifts.push([text.length, added]);
    pos = v.value.end;
  }
  text += source.slice(pos - base);
  const toOriginal = (offset: number): number => {
    let shift = 0;
    for (const [at, by] of shifts) if (offset >= at) shift = by;
    return offset - shift;
  };
  return { text, toOriginal };
}

/** Error positions from parsers may point past the end of a line or at a line break: keep them visible. */
function clampErrorSpan(text: string, start: number, end: number, within: Span): Span {
  const s = Math.min(Math.max(start, within.start), Math.max(within.start, within.end - 1));
  let e = Math.min(Math.max(end, s), within.end);
  if (e === s) {
    const line = lineAt(text, lineStartOf(text, s));
    e = Math.max(s, line.end);
    if (e === s) return { start: line.start, end: line.end };
  }
  return { start: s, end: e };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

const TOML_KEY = /^[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)[ \t]*=[ \t]*/;
const TOML_TABLE = /^[ \t]*\[\[?[ \t]*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)/;

function readToml(text: string, span: Span, contentSpan: Span): FrontMatter {
  const source = text.slice(contentSpan.start, contentSpan.end);
  let values: Record<string, unknown> = {};
  let error: FrontMatter['error'];
  try {
    values = parseToml(source) as Record<string, unknown>;
  } catch (e) {
    const err = e as { line?: number; column?: number; message?: string };
    const start = offsetOfLine(text, contentSpan.start, (err.line ?? 1) - 1) + Math.max(0, (err.column ?? 1) - 1);
    const message = (err.message ?? String(e)).split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
    error = { message, code: 'toml', span: clampErrorSpan(text, start, start, contentSpan) };
  }
  // smol-toml gives no positions: find top-level keys and table headers line by line.
  const fields: FrontMatterField[] = [];
  const seen = new Set<string>();
  let inTable = false;
  let pos = contentSpan.start;
  while (pos < contentSpan.end) {
    const line = lineAt(text, pos);
    const content = text.slice(line.start, line.end);
    const table = TOML_TABLE.exec(content);
    if (table) {
      inTable = true;
      const name = unquote(table[1]);
      if (!seen.has(name)) {
        seen.add(name);
        const keyStart = line.start + content.indexOf(table[1]);
        const keySpan = { start: keyStart, end: keyStart + table[1].length };
        fields.push({ key: name, value: values[name], keySpan, valueSpan: { start: keySpan.end, end: line.end } });
      }
    } else if (!inTable) {
      const m = TOML_KEY.exec(content);
      if (m) {
        const name = unquote(m[1]).split('.')[0];
        const keyStart = line.start + content.indexOf(m[1]);
        const keySpan = { start: keyStart, end: keyStart + m[1].length };
        const valueStart = line.start + m[0].length;
        const valueSpan = { start: valueStart, end: Math.max(valueStart, trimmedEnd(text, valueStart, line.end)) };
        if (!seen.has(name)) {
          seen.add(name);
          fields.push({ key: name, value: values[name], keySpan, valueSpan });
        }
      }
    }
    pos = line.next;
  }
  return { kind: 'toml', span, contentSpan, fields, ...(error ? { error } : {}) };
}

/** End of a TOML value on its line, before a trailing comment. */
function trimmedEnd(text: string, start: number, end: number): number {
  let quote = '';
  let e = end;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') {
      e = i;
      break;
    }
  }
  while (e > start && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  return e;
}

function unquote(key: string): string {
  if ((key.startsWith('"') && key.endsWith('"')) || (key.startsWith("'") && key.endsWith("'"))) return key.slice(1, -1);
  return key;
}

function offsetOfLine(text: string, from: number, line: number): number {
  let pos = from;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', pos);
    if (nl === -1) return text.length;
    pos = nl + 1;
  }
  return pos;
}

/** The first field among `names` (in the order given) that holds text; lists give their first entry. */
export function findTextField(
  frontMatter: FrontMatter | undefined,
  names: readonly string[],
): { field: FrontMatterField; text: string } | undefined {
  if (!frontMatter) return undefined;
  for (const name of names) {
    const field = frontMatter.fields.find((f) => f.key === name);
    if (!field) continue;
    const value = Array.isArray(field.value) ? field.value[0] : field.value;
    if (typeof value === 'string' || typeof value === 'number') return { field, text: String(value) };
  }
  return undefined;
}
