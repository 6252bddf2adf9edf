import type { Finding } from '../../base/finding';
import type { Action, ActionContext, ActionProvider } from '../action';
import type { Article } from '../../article/model';
import { computeOutline, outlineEdits, type OutlineEntry } from './outline';

/** The editor asks for code actions at every cursor move: compute the outline once per parsed version. */
const cache = new WeakMap<Article, { maxWords: number; outline: OutlineEntry[] }>();

function outlineOf(context: ActionContext): OutlineEntry[] {
  const maxWords = context.settings.maxWordsPerSection;
  const hit = cache.get(context.article);
  if (hit && hit.maxWords === maxWords) return hit.outline;
  const outline = computeOutline(context.article, maxWords);
  cache.set(context.article, { maxWords, outline });
  return outline;
}

function titleOf(context: ActionContext, scoped: boolean): string {
  if (context.locale === 'en') return scoped ? 'Insert subheadings in this section' : 'Insert subheadings';
  return scoped ? 'Insérer des intertitres dans cette section' : 'Insérer des intertitres';
}

/** End of the section a `subheadings` finding reports: the next H2 or H3 heading after it. */
function sectionEnd(context: ActionContext, finding: Finding): number {
  const next = context.article.headings.find((h) => (h.level === 2 || h.level === 3) && h.span.start > finding.span.start);
  return next ? next.span.start : context.article.text.length;
}

/** « Insert subheadings »: a quick fix on `subheadings` findings and a source action anywhere. */
export const insertSubheadingsProvider: ActionProvider = {
  id: 'insertSubheadings',
  fixes(context, finding) {
    if (finding.ruleId !== 'subheadings') return [];
    const whole = finding.data?.whole === true;
    const end = sectionEnd(context, finding);
    const outline = outlineOf(context).filter(
      (e) => whole || (e.offset >= finding.span.start && e.offset < end),
    );
    if (outline.length === 0) {
      // The rule fired: say why nothing is proposed rather than nothing at all.
      const reason =
        context.locale === 'en'
          ? 'No subheading to propose: the section has no noun phrase of its own to name it, or no place to cut it'
          : 'Aucun intertitre à proposer : la section n’a pas de groupe nominal propre pour la nommer, ou pas d’endroit où la couper';
      return [{ id: 'insertSubheadings', title: titleOf(context, !whole), kind: 'quickfix', edits: [], finding, disabledReason: reason }];
    }
    const action: Action = {
      id: 'insertSubheadings',
      title: titleOf(context, !whole),
      kind: 'quickfix',
      edits: outlineEdits(context.article.text, outline),
      isPreferred: true,
      finding,
    };
    return [action];
  },
  sourceActions(context) {
    const outline = outlineOf(context);
    if (outline.length === 0) return [];
    return [{ id: 'insertSubheadings', title: titleOf(context, false), kind: 'source', edits: outlineEdits(context.article.text, outline) }];
  },
};
