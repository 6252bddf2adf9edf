// Quick fixes offered on every diagnostic: silence the rule on this line/block, or in the whole file
// through the front matter's `plume.disable` list (created when needed, YAML or TOML kept valid).
import { stringify } from 'yaml';
import type { Finding } from '../base/finding';
import { parseFrontMatter } from '../article/frontMatter';
import type { Article, FrontMatter } from '../article/model';
import { frontMatterDisabled } from '../article/silencing';
import type { Action, ActionContext, EagerActionProvider } from './action';
import type { TextEdit } from '../base/edit';
import { applyEdits } from '../base/edit';

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Inserts `<!-- plume-disable-next-line id -->` before the line where the finding's block starts. */
export function silenceHereEdit(article: Article, finding: Finding, ids: readonly string[] = [finding.ruleId]): TextEdit | undefined {
  const { text } = article;
  if (finding.span.start < article.bodyStart) return undefined; // inside the front matter: no comment there
  const block = article.blocks.find((b) => b.span.start <= finding.span.start && finding.span.start <= b.span.end);
  const at = lineStart(text, block ? block.span.start : finding.span.start);
  if (at < article.bodyStart) return undefined;
  // Keep the line's indentation and quote marks, so the comment stays inside the same container.
  const prefix = /^[ \t>]*/.exec(text.slice(at, at + 200))?.[0] ?? '';
  return { start: at, end: at, newText: `${prefix}<!-- plume-disable-next-line ${ids.join(' ')} -->${eolOf(text)}` };
}

/** The edit adding `id` to the front matter's `plume.disable` (creating what is missing). */
export function silenceFileEdit(article: Article, ruleIds: string | readonly string[]): TextEdit | undefined {
  const ids = typeof ruleIds === 'string' ? [ruleIds] : ruleIds;
  const ruleId = ids.join(' ');
  const { text } = article;
  const eol = eolOf(text);
  const fm = article.frontMatter;
  if (!fm) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { start: at, end: at, newText: `---${eol}plume:${eol}  disable:${eol}${ids.map((id) => `    - ${id}${eol}`).join('')}---${eol}${eol}` };
  }
  if (fm.error) return undefined;
  const field = fm.fields.find((f) => f.key === 'plume');
  void ruleId;
  return fm.kind === 'yaml' ? yamlEdit(text, fm, field, ids, eol) : tomlEdit(text, fm, field, ids, eol);
}

function yamlEdit(text: string, fm: FrontMatter, field: FrontMatter['fields'][number] | undefined, ids: readonly string[], eol: string): TextEdit | undefined {
  if (!field) {
    return { start: fm.contentSpan.end, end: fm.contentSpan.end, newText: `plume:${eol}  disable:${eol}${ids.map((id) => `    - ${id}${eol}`).join('')}` };
  }
  const value = field.value ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const map = value as Record<string, unknown>;
  const current = Array.isArray(map.disable) ? map.disable : typeof map.disable === 'string' ? [map.disable] : [];
  // Rewrite the `plume` field alone; the other fields keep their exact text.
  let end = Math.max(field.valueSpan.end, field.keySpan.end);
  const nl = text.indexOf('\n', end - 1 >= 0 && text[end - 1] === '\n' ? end - 1 : end);
  end = nl === -1 ? fm.contentSpan.end : Math.min(nl + 1, fm.contentSpan.end);
  const yaml = stringify({ plume: { ...map, disable: [...current, ...ids] } }, { indent: 2 }).replace(/\n/g, eol);
  return { start: field.keySpan.start, end, newText: yaml };
}

function tomlEdit(text: string, fm: FrontMatter, field: FrontMatter['fields'][number] | undefined, ids: readonly string[], eol: string): TextEdit | undefined {
  const quoted = ids.map((id) => JSON.stringify(id)).join(', ');
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
function keepsValid(article: Article, edit: TextEdit, ids: string | readonly string[]): boolean {
  // The edit lies in the front matter or makes one: the text up to the line after both is all the
  // parse reads (not a copy of a whole book at each cursor move).
  const text = article.text;
  const lineEnd = text.indexOf('\n', Math.max(edit.end, article.frontMatter?.span.end ?? 0));
  const after = applyEdits(lineEnd < 0 ? text : text.slice(0, lineEnd + 1), [edit]);
  const fm = parseFrontMatter(after);
  if (!fm || fm.error) return false;
  const disabled = frontMatterDisabled({ ...article, text: after, frontMatter: fm });
  return (typeof ids === 'string' ? [ids] : ids).every((id) => disabled.includes(id));
}

export const silenceActions: EagerActionProvider = {
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

/**
 * The « Ignorer… » entries for the findings under the cursor: one pair (here, in this file) for every
 * rule they belong to, after the fixes, so that the lightbulb leads with what repairs the text. Findings
 * whose comment would go on the same line share one pair naming their rules.
 */
export function silenceGroupActions(context: ActionContext, findings: readonly Finding[]): Action[] {
  const fr = context.locale === 'fr';
  const byLine = new Map<number, { finding: Finding; ids: string[] }>();
  const noLine: Finding[] = [];
  for (const f of findings) {
    const here = silenceHereEdit(context.article, f);
    if (!here) {
      noLine.push(f);
      continue;
    }
    const entry = byLine.get(here.start);
    if (!entry) byLine.set(here.start, { finding: f, ids: [f.ruleId] });
    else if (!entry.ids.includes(f.ruleId)) entry.ids.push(f.ruleId);
  }
  const actions: Action[] = [];
  const disabled = frontMatterDisabled(context.article);
  const groups = [...byLine.values(), ...noLine.filter((f, i) => noLine.findIndex((g) => g.ruleId === f.ruleId) === i).map((f) => ({ finding: f, ids: [f.ruleId], noHere: true }))];
  const fileDone = new Set<string>();
  for (const group of groups) {
    const names = group.ids.join(', ');
    const here = 'noHere' in group ? undefined : silenceHereEdit(context.article, group.finding, group.ids);
    if (here) {
      actions.push({
        id: 'silence.here',
        title: fr ? `Ignorer ici (${names})` : `Ignore here (${names})`,
        kind: 'quickfix.ignore',
        edits: [here],
        finding: group.finding,
      });
    }
    const ids = group.ids.filter((id) => !disabled.includes(id) && !fileDone.has(id));
    const file = ids.length > 0 ? silenceFileEdit(context.article, ids) : undefined;
    if (file && keepsValid(context.article, file, ids)) {
      for (const id of ids) fileDone.add(id);
      actions.push({
        id: 'silence.file',
        title: fr ? `Ignorer dans ce fichier (${ids.join(', ')})` : `Ignore in this file (${ids.join(', ')})`,
        kind: 'quickfix.ignore',
        edits: [file],
        finding: group.finding,
      });
    }
  }
  return actions;
}
