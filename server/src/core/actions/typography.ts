import type { Finding } from '../base/finding';
import type { Localized } from '../base/i18n';
import { isTypographyFinding } from '../typography/scan';
import type { Action, ActionContext, ActionProvider } from './action';
import type { TextEdit } from '../base/edit';
import { cleanupEdits, mergeDisjoint } from './cleanup';
import { withAnchorsKept } from './keepAnchors';

function editsOf(finding: Finding): readonly TextEdit[] {
  return isTypographyFinding(finding) ? finding.data.edits : [];
}

/**
 * The edits of every typography finding, in order. The scan already keeps them disjoint; the check
 * here only guards against findings from another analysis.
 */
export function typographyEdits(findings: readonly Finding[]): TextEdit[] {
  const edits = findings.flatMap(editsOf);
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  let pos = -1;
  for (const e of edits) {
    if (e.start < pos || (e.start === pos && e.start === e.end && out.at(-1)?.start === e.start)) continue;
    out.push(e);
    pos = e.end;
  }
  return out;
}

const FIX_ALL_TITLE: Localized = { fr: 'Corriger toute la typographie', en: 'Fix all typography' };
const FIX_EVERYTHING_TITLE: Localized = { fr: 'Nettoyer le texte collé et corriger la typographie', en: 'Clean the pasted text and fix typography' };

/** What fix-all applies: the clean-up edits, then the typography edits that do not touch them. */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  return mergeDisjoint(cleanupEdits(findings), typographyEdits(findings));
}

export const typographyActions: ActionProvider = {
  id: 'typography',
  fixes(ctx: ActionContext, finding: Finding): readonly Action[] {
    const own = editsOf(finding);
    if (own.length === 0) return [];
    // A heading's anchor changes with its text: the page's links to it follow.
    const edits = withAnchorsKept(ctx.article, own, ctx.settings.slugStyle);
    const actions: Action[] = [
      { id: `fix-${finding.ruleId}`, title: ctx.locale === 'fr' ? 'Corriger la typographie ici' : 'Fix typography here', kind: 'quickfix', edits, isPreferred: true, finding },
    ];
    const all = withAnchorsKept(ctx.article, typographyEdits(ctx.findings), ctx.settings.slugStyle);
    if (all.length > edits.length) actions.push({ id: 'fixTypography', title: FIX_ALL_TITLE[ctx.locale], kind: 'quickfix', edits: all, finding });
    return actions;
  },
  sourceActions(ctx: ActionContext): readonly Action[] {
    // A heading's anchor changes with its text: the page's links to it follow.
    const edits = withAnchorsKept(ctx.article, typographyEdits(ctx.findings), ctx.settings.slugStyle);
    // Fix-all also removes the pasted debris and makes pseudo-bullets a list (actions/cleanup.ts).
    const all = withAnchorsKept(ctx.article, fixAllEdits(ctx.findings), ctx.settings.slugStyle);
    const actions: Action[] = [];
    // `source.fixAll.plume`: what editor.codeActionsOnSave runs.
    if (all.length > 0) actions.push({ id: 'fixAll', title: (all.length > edits.length ? FIX_EVERYTHING_TITLE : FIX_ALL_TITLE)[ctx.locale], kind: 'source.fixAll', edits: all });
    // `source.plume.fixTypography`: the palette command « Plume : corriger la typographie ».
    if (edits.length > 0) actions.push({ id: 'fixTypography', title: FIX_ALL_TITLE[ctx.locale], kind: 'source', edits });
    return actions;
  },
};
