// Quick fixes offered on every diagnostic: silence the rule on this line/block, or in the whole file
// through the front matter's `plume.disable` list (created when needed, YAML or TOML kept valid).
import { stringify } from 'yaml';
import type { Finding } from '../base/finding';
import { parseFrontMatter } from '../article/frontMatter';
import type { Article, FrontMatter } from '../article/model';
import { frontMatterDisabled } from '../article/silencing';
import type { Action, ActionContext, ActionProvider } from './action';
import type { TextEdit } from '../base/edit';
import { applyEdits } from '../base/edit';

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Inserts `<!-- plume-disable-next-line id -->` before the line where the finding's block starts. */
export function silenceHereEdit(article: Article, finding: Finding): TextEdit | undefined {
  const { text } = article;
  if (finding.span.start < article.bodyStart) return undefined; // inside the front matter: no comment there
  const block = article.blocks.find((b) => b.span.start <= finding.span.start && finding.span.start <= b.span.end);
  const at = lineStart(text, block ? block.span.start : finding.span.start);
  if (at < article.bodyStart) return undefined;
  // Keep the line's indentation and quote marks, so the comment stays inside the same container.
  const prefix = /^[ \t>]*/.exec(text.slice(at, at + 200))?.[0] ?? '';
  return { start: at, end: at, newText: `${prefix}<!-- plume-disable-next-line ${finding.ruleId} -->${eolOf(text)}` };
}

/** The edit adding `id` to the front matter's `plume.disable` (creating what is missing). */
export function silenceFileEdit(article: Article, ruleId: string): TextEdit | undefined {
  const { text } = article;
  const eol = eolOf(text);
  const fm = article.frontMatter;
  if (!fm) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { start: at, end: at, newText: `---${eol}plume:${eol}  disable:${eol}    - ${ruleId}${eol}---${eol}${eol}` };
  }
  if (fm.error) return undefined;
  const field = fm.fields.find((f) => f.key === 'plume');
  return fm.kind === 'yaml' ? yamlEdit(text, fm, field, ruleId, eol) : tomlEdit(text, fm, field, ruleId, eol);
}

function yamlEdit(text: string, fm: FrontMatter, field: FrontMatter['fields'][number] | undefined, id: string, eol: string): TextEdit | undefined {
  if (!field) {
    return { start: fm.contentSpan.end, end: fm.contentSpan.end, newText: `plume:${eol}  disable:${eol}    - ${id}${eol}` };
  }
  const value = field.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const map = value as Record<string, unknown>;
  const current = Array.isArray(map.disable) ? map.disable : typeof map.disable === 'string' ? [map.disable] : [];
  // Rewrite the `plume` field alone; the other fields keep their exact text.
  let end = Math.max(field.valueSpan.end, field.keySpan.end);
  const nl = text.indexOf('\n', end - 1 >= 0 && text[end - 1] === '\n' ? end - 1 : end);
  end = nl === -1 ? fm.contentSpan.end : Math.min(nl + 1, fm.contentSpan.end);
  const yaml = stringify({ plume: { ...map, disable: [...current, id] } }, { indent: 2 }).replace(/\n/g, eol);
  return { start: field.keySpan.start, end, newText: yaml };
}

function tomlEdit(text: string, fm: FrontMatter, field: FrontMatter['fields'][number] | undefined, id: string, eol: string): TextEdit | undefined {
  const quoted = JSON.stringify(id);
  if (!field) {
    const before = fm.contentSpan.end > fm.contentSpan.start ? eol : '';
    return { start: fm.contentSpan.end, end: fm.contentSpan.end, newText: `${before}[plume]${eol}disable = [${quoted}]${eol}` };
  }
  // Only a `[plume]` table is edited; an inline or dotted `plume` is left to the writer.
  const header = /^[ \t]*\[[ \t]*plume[ \t]*\][ \t]*(?:#.*)?$/m;
  const content = text.slice(fm.contentSpan.start, fm.contentSpan.end);
  const h = header.exec(content);
  if (!h) return undefined;
  const tableStart = fm.contentSpan.start + h.index + h[0].length;
  const next = /^[ \t]*\[/m.exec(text.slice(tableStart + 1, fm.contentSpan.end));
  const tableEnd = next ? tableStart + 1 + next.index : fm.contentSpan.end;
  const table = text.slice(tableStart, tableEnd);
  const line = /^([ \t]*disable[ \t]*=[ \t]*\[)([^\]\n]*)\]/m.exec(table);
  if (line) {
    const close = tableStart + line.index + line[0].length - 1;
    const sep = line[2].trim() === '' ? '' : line[2].trimEnd().endsWith(',') ? ' ' : ', ';
    return { start: close, end: close, newText: `${sep}${quoted}` };
  }
  if (/^[ \t]*disable[ \t]*=/m.test(table)) return undefined;
  return { start: tableStart, end: tableStart, newText: `${eol}disable = [${quoted}]` };
}

/** Whether the edited text still has a valid front matter that disables `id` (a safety net). */
function keepsValid(article: Article, edit: TextEdit, id: string): boolean {
  const after = applyEdits(article.text, [edit]);
  const fm = parseFrontMatter(after);
  if (!fm || fm.error) return false;
  return frontMatterDisabled({ ...article, text: after, frontMatter: fm }).includes(id);
}

export const silenceActions: ActionProvider = {
  id: 'silence',
  fixes(context: ActionContext, finding: Finding): readonly Action[] {
    const fr = context.locale === 'fr';
    const actions: Action[] = [];
    const here = silenceHereEdit(context.article, finding);
    if (here) {
      actions.push({
        id: 'silence.here',
        title: fr ? `Ignorer cette règle ici (${finding.ruleId})` : `Ignore this rule here (${finding.ruleId})`,
        kind: 'quickfix',
        edits: [here],
        finding,
      });
    }
    const file = frontMatterDisabled(context.article).includes(finding.ruleId) ? undefined : silenceFileEdit(context.article, finding.ruleId);
    if (file && keepsValid(context.article, file, finding.ruleId)) {
      actions.push({
        id: 'silence.file',
        title: fr ? `Ignorer cette règle dans ce fichier (${finding.ruleId})` : `Ignore this rule in this file (${finding.ruleId})`,
        kind: 'quickfix',
        edits: [file],
        finding,
      });
    }
    return actions;
  },
};
