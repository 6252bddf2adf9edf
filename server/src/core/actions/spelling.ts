// Spelling suggestions as quick fixes, computed when the editor asks for them (not on every keystroke).
import type { Finding } from '../base/finding';
import { frenchDictionary } from '../french/spelling/dictionary';
import type { Action, ActionContext, EagerActionProvider } from './action';

export const spellingActions: EagerActionProvider = {
  id: 'spelling',
  fixes(ctx: ActionContext, finding: Finding): readonly Action[] {
    if (finding.ruleId !== 'spelling' || typeof finding.data?.word !== 'string') return [];
    const word = finding.data.word;
    return frenchDictionary()
      .suggest(word, 5)
      .map((s, i) => ({
        id: 'fix-spelling',
        title: ctx.locale === 'fr' ? `Remplacer par « ${s} »` : `Replace with « ${s} »`,
        kind: 'quickfix' as const,
        edits: [{ start: finding.span.start, end: finding.span.end, newText: s }],
        ...(i === 0 ? { isPreferred: true } : {}),
        finding,
      }));
  },
};
