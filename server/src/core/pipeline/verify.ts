// The re-check gate: text Plume writes for the writer (a description, headings, a title, a slug) is
// analysed again by the rules it is meant to satisfy before it is offered. A generator whose output
// would add a finding of those rules is not offered: Plume never proposes text its own rules flag.
import type { Action, ActionContext, ActionQuery, OfferedAction } from '../actions';
import { computeActions, isDeferred, listActions, materialize } from '../actions';
import { applyEdits, editsKey, type TextEdit } from '../base/edit';
import type { Finding } from '../base/finding';
import type { Settings } from '../config/settings';
import { findRule } from '../rules';
import type { Rule } from '../rules/rule';
import { analyze } from './analyze';

const TITLE_RULES = ['title-missing', 'title-language', 'title-length', 'h1-count'];

/** The rules each generator's output must not offend, by action id. */
export const GENERATOR_TARGETS: Readonly<Record<string, readonly string[]>> = {
  generateDescription: ['description-missing', 'description-length', 'description-width', 'keyphrase-in-description'],
  // Not paragraph-language: a heading inserted in a run of foreign paragraphs splits one finding in two.
  insertSubheadings: ['subheadings', 'heading-hierarchy', 'h1-count', 'keyphrase-in-subheadings'],
  writeSlug: ['slug-format', 'keyphrase-in-slug'],
  fixSlug: ['slug-format', 'keyphrase-in-slug'],
  shortenTitle: TITLE_RULES,
  keepFrenchTitle: TITLE_RULES,
  makeTitle: TITLE_RULES,
  proposeTitle: TITLE_RULES,
};

function countByRule(findings: readonly Finding[], ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const f of findings) if (counts.has(f.ruleId)) counts.set(f.ruleId, counts.get(f.ruleId)! + 1);
  return counts;
}

/**
 * The findings of `targets` the edits would add (rule ids, with repeats), compared with `before`;
 * empty when the edited text is no worse on those rules.
 */
export function addedFindings(text: string, edits: readonly TextEdit[], before: readonly Finding[], settings: Settings, targets: readonly string[], fileName?: string): string[] {
  const rules = targets.map(findRule).filter((r): r is Rule => r !== undefined);
  const after = analyze(applyEdits(text, edits), settings, { rules, ...(fileName ? { fileName } : {}) }).findings;
  const was = countByRule(before, targets);
  const now = countByRule(after, targets);
  const added: string[] = [];
  for (const [id, n] of now) for (let i = was.get(id) ?? 0; i < n; i++) added.push(id);
  return added;
}

/** The target rules a generator's text would add findings of (none for actions that are not generators). */
function refusedBy(context: ActionContext, action: Action): string[] {
  const targets = GENERATOR_TARGETS[action.id];
  if (!targets || action.edits.length === 0) return [];
  return addedFindings(context.article.text, action.edits, context.findings, context.settings, targets, context.fileName);
}

/** Whether a generator's action passes the gate (actions that are not generators always do). */
export function passesRules(context: ActionContext, action: Action): boolean {
  return refusedBy(context, action).length === 0;
}

/** One verdict per article version and action: the lightbulb asks again at every cursor move. */
const verdicts = new WeakMap<object, Map<string, boolean>>();

function cachedPasses(context: ActionContext, action: Action): boolean {
  let byKey = verdicts.get(context.article);
  if (!byKey) verdicts.set(context.article, (byKey = new Map()));
  const key = `${action.id}\u0000${editsKey(action.edits)}`;
  let verdict = byKey.get(key);
  if (verdict === undefined) byKey.set(key, (verdict = passesRules(context, action)));
  return verdict;
}

/** The actions `computeActions` offers, without the generators whose text the rules would flag. */
export function verifiedActions(context: ActionContext, query: ActionQuery = {}): Action[] {
  return computeActions(context, query).filter((a) => cachedPasses(context, a));
}

/**
 * What a client that resolves code actions is offered: the actions with edits through the gate now,
 * the deferred ones as they are (the gate runs when they are resolved: `resolveAction`).
 */
export function offeredActions(context: ActionContext, query: ActionQuery = {}): OfferedAction[] {
  return listActions(context, query).filter((a) => isDeferred(a) || cachedPasses(context, a));
}

export interface Resolution {
  /** The action with its edits; undefined when there is nothing to do after all, or when refused. */
  readonly action?: Action;
  /** The target rules the generated text would add findings of (rule ids, once each): the action is refused. */
  readonly refused?: readonly string[];
}

/** A listed action with its edits computed and, for a generator, checked by the gate. */
export function resolveAction(context: ActionContext, offered: OfferedAction): Resolution {
  const action = materialize(offered);
  if (!action) return {};
  const added = refusedBy(context, action);
  return added.length === 0 ? { action } : { refused: [...new Set(added)] };
}
