// Reads a model's answer into proposals. Models wrap what they are asked for in all sorts of ways: a
// JSON array (sometimes inside a code fence, sometimes with a sentence before it), a numbered or
// bulleted list, one proposal per line, quotes, bold, a « Titre 1 : » label, a reasoning block.

/** Reasoning models (DeepSeek-R1, Qwen3 through Ollama) put their thoughts in `<think>…</think>`. */
function dropThinking(text: string): string {
  return text.replace(/<think>[^]*?<\/think>/gi, '').replace(/^[^]*<\/think>/i, '');
}

/** The content of the first fenced code block, or the text itself. */
function unfence(text: string): string {
  const fence = /(^|\n)[ \t]*(`{3,}|~{3,})[^\n]*\n([^]*?)(?:\n[ \t]*\2[ \t]*(?=\n|$)|$)/.exec(text);
  return fence ? fence[3] : text;
}

const BULLET = /^\s*(?:[-*•+–—]|\d{1,2}[.)]|\(\d{1,2}\)|#{1,6}(?=\s))\s+/;
const LABEL = /^(?:titre|title|description|méta-description|meta description|option|proposition|version|intertitre|heading|traduction|translation|section)\s*\d*\s*[:：.)-]\s*/i;
/** Lines that talk about the answer instead of being it. */
const COMMENTARY = /^(?:voici|voilà|here (?:is|are)|sure|certainly|bien sûr|d’accord|d'accord|ok(?:ay)?\b|note\s*:|remarque\s*:|j’espère|j'espère|i hope|these|ces (?:titres|descriptions|propositions))/i;

/** Removes what surrounds one proposal: bullets, labels, bold, quotes. */
export function cleanLine(line: string): string {
  let s = line.trim().replace(BULLET, '');
  s = s.replace(/^\*\*([^]*)\*\*$/, '$1').replace(/^__([^]*)__$/, '$1').trim();
  s = s.replace(LABEL, '');
  s = s.replace(/^\*\*([^]*)\*\*$/, '$1').trim();
  // A line of a JSON array that did not parse: « ["Un titre", » or « "Un autre"] ».
  s = s.replace(/^\[\s*(?=["“])/, '').replace(/(?<=["”])\s*\]?\s*,?\s*$/, '').trim();
  // Quotes around the whole proposal (a quote inside it stays).
  for (const [open, close] of [['"', '"'], ['“', '”'], ['«', '»'], ["'", "'"], ['‘', '’'], ['`', '`']]) {
    if (s.length >= 2 && s.startsWith(open) && s.endsWith(close) && !s.slice(1, -1).includes(close)) {
      s = s.slice(open.length, s.length - close.length).trim();
    }
  }
  return s.replace(/,$/, '').trim();
}

function jsonStrings(text: string): string[] | undefined {
  const start = text.indexOf('[');
  const end = text.lastIndexOf(']');
  const candidates: string[] = [];
  if (start !== -1 && end > start) candidates.push(text.slice(start, end + 1));
  const brace = text.indexOf('{');
  if (brace !== -1 && text.lastIndexOf('}') > brace) candidates.push(text.slice(brace, text.lastIndexOf('}') + 1));
  for (const c of candidates) {
    let value: unknown;
    try {
      value = JSON.parse(c);
    } catch {
      continue;
    }
    // { "titles": [...] } and the like: the first array of the object.
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      value = Object.values(value as Record<string, unknown>).find(Array.isArray) ?? [];
    }
    if (Array.isArray(value)) {
      return value
        .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? Object.values(v as Record<string, unknown>).find((x) => typeof x === 'string') : undefined))
        .filter((v): v is string => typeof v === 'string')
        .map((v) => cleanLine(v));
    }
  }
  return undefined;
}

/**
 * Short proposals (titles, descriptions, headings, reworded sentences): a JSON array of strings, else
 * one per line. When some lines are numbered or bulleted, the others are commentary and are dropped.
 */
export function parseList(answer: string): string[] {
  const text = unfence(dropThinking(answer)).trim();
  if (text === '') return [];
  const fromJson = jsonStrings(text);
  if (fromJson) return fromJson.filter((s) => s !== '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const bulleted = lines.filter((l) => BULLET.test(l) && !/^\s*#/.test(l));
  const kept = bulleted.length >= 1 && bulleted.length < lines.length ? bulleted : lines;
  return kept
    .filter((l) => !COMMENTARY.test(l.trim()) && !/[:：]\s*$/.test(l.trim()))
    .map(cleanLine)
    .filter((s) => s !== '' && !/^[[\]{}]$/.test(s));
}

/**
 * One long proposal (a translated paragraph, a drafted section): the text itself, without a fence, a
 * reasoning block, or a first line announcing it (« Voici la traduction : »). A JSON array's first
 * string is taken too, as some models answer every request that way.
 */
export function parseSingle(answer: string): string {
  let text = unfence(dropThinking(answer)).trim();
  if (/^\[\s*"/.test(text)) {
    const fromJson = jsonStrings(text);
    if (fromJson && fromJson.length > 0) return fromJson[0];
  }
  const lines = text.split(/\r?\n/);
  while (lines.length > 1 && (COMMENTARY.test(lines[0].trim()) || /[:：]\s*$/.test(lines[0].trim()) || lines[0].trim() === '')) lines.shift();
  text = lines.join('\n').trim();
  if (lines.length === 1) text = cleanLine(text);
  return text;
}
