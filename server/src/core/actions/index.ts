import type { Finding } from '../base/finding';
import type { Span } from '../base/span';
import type { Action, ActionContext, ActionProvider } from './action';
import { generateDescriptionProvider } from './description/provider';
import { insertSubheadingsProvider } from './subheadings/provider';
import { typographyActions } from './typography';
import { keepFrenchTitleActions } from './keepFrenchTitle';
import { slugActions } from './slugActions';
import { shortenTitleActions } from './shortenTitle';
import { silenceActions } from './silence';
import { quoteFrontMatterActions } from './quoteFrontMatter';

/** Every action provider, in the order their actions are offered (silencing last). */
export const ACTION_PROVIDERS: ActionProvider[] = [
  quoteFrontMatterActions,
  insertSubheadingsProvider,
  generateDescriptionProvider,
  typographyActions,
  keepFrenchTitleActions,
  slugActions,
  shortenTitleActions,
  silenceActions,
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
    // A document-wide fix (« Corriger toute la typographie ») comes with every finding it covers:
    // offer it once.
    const seen = new Set<string>();
    for (const finding of findings) {
      for (const p of providers) {
        if (!p.fixes) continue;
        for (const action of p.fixes(context, finding)) {
          const key = `${action.id}\u0000${action.title}\u0000${action.edits.map((e) => `${e.start}:${e.end}:${e.newText}`).join('|')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          actions.push(action);
        }
      }
    }
  }
  if (query.sourceActions !== false) {
    for (const p of providers) if (p.sourceActions) actions.push(...p.sourceActions(context));
  }
  return actions;
}

export type { Action, ActionContext, ActionProvider } from './action';
