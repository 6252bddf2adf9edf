import type { Finding } from '../base/finding';
import type { Localized } from '../base/i18n';
import { isTypographyFinding } from '../typography/scan';
import { once, type ActionContext, type ActionProvider, type OfferedAction } from './action';
import type { TextEdit } from '../base/edit';
import { cleanupEdits, cleanupOf, mergeDisjoint } from './cleanup';
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

/** Whether another finding than `finding` has typography edits: then fix-all does more than « fix here ». */
function othersToFix(findings: readonly Finding[], finding: Finding): boolean {
  return findings.some((f) => f !== finding && editsOf(f).length > 0);
}

export const typographyActions: ActionProvider = {
  id: 'typography',
  fixes(ctx: ActionContext, finding: Finding): readonly OfferedAction[] {
    const own = editsOf(finding);
    if (own.length === 0) return [];
    // A heading's anchor changes with its text: the page's links to it follow.
    const edits = withAnchorsKept(ctx.article, own, ctx.settings.slugStyle);
    const actions: OfferedAction[] = [
      { id: `fix-${finding.ruleId}`, title: ctx.locale === 'fr' ? 'Corriger la typographie ici' : 'Fix typography here', kind: 'quickfix', edits, isPreferred: true, finding },
    ];
    // The whole document's fix is written only when asked for: hundreds of ms on a book.
    if (othersToFix(ctx.findings, finding)) {
      actions.push({
        id: 'fixTypography',
        title: FIX_ALL_TITLE[ctx.locale],
        kind: 'quickfix',
        finding,
        scope: 'document',
        computeEdits: once(() => {
          const all = withAnchorsKept(ctx.article, typographyEdits(ctx.findings), ctx.settings.slugStyle);
          return { edits: all.length > edits.length ? all : [] };
        }),
      });
    }
    return actions;
  },
  sourceActions(ctx: ActionContext): readonly OfferedAction[] {
    // A heading's anchor changes with its text: the page's links to it follow.
    const edits = once(() => withAnchorsKept(ctx.article, typographyEdits(ctx.findings), ctx.settings.slugStyle));
    // Fix-all also removes the pasted debris and makes pseudo-bullets a list (actions/cleanup.ts).
    const all = once(() => withAnchorsKept(ctx.article, fixAllEdits(ctx.findings), ctx.settings.slugStyle));
    const typography = ctx.findings.some((f) => editsOf(f).length > 0);
    const cleanup = ctx.findings.some((f) => cleanupOf(f)?.fixAll === true);
    const actions: OfferedAction[] = [];
    // `source.fixAll.plume`: what editor.codeActionsOnSave runs. Its title says whether it also cleans up.
    if (typography || cleanup) {
      actions.push({
        id: 'fixAll',
        title: (cleanup ? FIX_EVERYTHING_TITLE : FIX_ALL_TITLE)[ctx.locale],
        kind: 'source.fixAll',
        scope: 'document',
        computeEdits: () => ({ edits: all() }),
      });
    }
    // `source.plume.fixTypography`: the palette command « Plume : corriger la typographie ».
    if (typography) actions.push({ id: 'fixTypography', title: FIX_ALL_TITLE[ctx.locale], kind: 'source', scope: 'document', computeEdits: () => ({ edits: edits() }) });
    return actions;
  },
};
