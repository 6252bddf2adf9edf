import type { Finding } from '../analyze';
import type { Span } from '../article/model';
import type { Action, ActionContext, ActionProvider } from './action';
import { generateDescriptionProvider } from './description/provider';
import { insertSubheadingsProvider } from './subheadings/provider';
import { typographyActions } from './typography';
import { keepFrenchTitleActions } from './keepFrenchTitle';
import { slugActions } from './slugActions';
import { shortenTitleActions } from './shortenTitle';

/** Every action provider. Later features register theirs here. */
export const ACTION_PROVIDERS: ActionProvider[] = [
  insertSubheadingsProvider,
  generateDescriptionProvider,
  typographyActions,
  keepFrenchTitleActions,
  slugActions,
  shortenTitleActions,
];

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export interface ActionQuery {
  /** Only quick fixes for findings that touch this range. */
  readonly range?: Span;
  /** Only these rule ids (the diagnostics the editor sent). */
  readonly ruleIds?: readonly string[];
  readonly quickFixes?: boolean;
  readonly sourceActions?: boolean;
}

/** The actions for a document: quick fixes for the findings in range, then source actions. */
export function computeActions(context: ActionContext, query: ActionQuery = {}, providers: readonly ActionProvider[] = ACTION_PROVIDERS): Action[] {
  const actions: Action[] = [];
  if (query.quickFixes !== false) {
    const findings: Finding[] = context.findings.filter(
      (f) => (!query.range || overlaps(f.span, query.range)) && (!query.ruleIds || query.ruleIds.includes(f.ruleId)),
    );
    for (const finding of findings) {
      for (const p of providers) if (p.fixes) actions.push(...p.fixes(context, finding));
    }
  }
  if (query.sourceActions !== false) {
    for (const p of providers) if (p.sourceActions) actions.push(...p.sourceActions(context));
  }
  return actions;
}

export type { Action, ActionContext, ActionProvider, TextEdit } from './action';
export { applyEdits } from './action';
