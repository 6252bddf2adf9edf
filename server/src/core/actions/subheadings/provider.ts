import { isFindingOf, type Finding } from '../../base/finding';
import type { SubheadingsFinding } from '../../rules/subheadings';
import { once, type ActionContext, type ActionProvider, type OfferedAction } from '../action';
import type { Article } from '../../article/model';
import { computeOutline, outlineEdits, type OutlineEntry } from './outline';
import type { SubheadingForm } from '../../config/settings';

/** The editor asks for code actions at every cursor move: compute the outline once per parsed version. */
const cache = new WeakMap<Article, { maxWords: number; outline: OutlineEntry[] }>();

function outlineOf(context: ActionContext): OutlineEntry[] {
  const maxWords = context.settings.maxWordsPerSection;
  const hit = cache.get(context.article);
  if (hit && hit.maxWords === maxWords) return hit.outline;
  const space = context.settings.typography.space === 'regular' ? '\u00a0' : context.settings.typography.space === 'narrow' ? '\u202f' : ' ';
  const outline = computeOutline(context.article, maxWords, {}, space);
  cache.set(context.article, { maxWords, outline });
  return outline;
}

function titleOf(context: ActionContext, scoped: boolean, form?: SubheadingForm): string {
  const en = context.locale === 'en';
  const suffix = form === undefined ? '' : form === 'question' ? (en ? ' (as questions)' : ' (en questions)') : en ? ' (as noun phrases)' : ' (en groupes nominaux)';
  if (en) return (scoped ? 'Insert subheadings in this section' : 'Insert subheadings') + suffix;
  return (scoped ? 'Insérer des intertitres dans cette section' : 'Insérer des intertitres') + suffix;
}

/**
 * The action in the default form, then, when some section answers a question, the other form. The
 * outline is known (it says whether there is anything to insert); writing it into the text waits
 * for the writer to pick the action.
 */
function actionsFor(context: ActionContext, outline: readonly OutlineEntry[], scoped: boolean, kind: 'quickfix' | 'source', finding?: Finding): OfferedAction[] {
  const form = context.settings.subheadingForm;
  const other: SubheadingForm = form === 'noun' ? 'question' : 'noun';
  const text = context.article.text;
  // The whole document's outline is the same from every finding; a section's depends on the finding.
  const scope = scoped ? 'finding' : 'document';
  const main: OfferedAction = {
    id: 'insertSubheadings',
    title: titleOf(context, scoped),
    kind,
    scope,
    computeEdits: once(() => ({ edits: outlineEdits(text, outline, form) })),
    ...(finding ? { finding, isPreferred: true } : {}),
  };
  // The other form is a quick fix beside the first (source actions are palette commands: one each).
  if (kind !== 'quickfix' || !outline.some((e) => e.question !== undefined && e.question !== e.text)) return [main];
  const alternative: OfferedAction = {
    id: 'insertSubheadings',
    title: titleOf(context, scoped, other),
    kind: 'quickfix',
    scope,
    computeEdits: once(() => ({ edits: outlineEdits(text, outline, other) })),
    ...(finding ? { finding } : {}),
  };
  return [main, alternative];
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
    if (!isFindingOf<SubheadingsFinding>(finding, 'subheadings')) return [];
    const whole = finding.data.whole;
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
    return actionsFor(context, outline, !whole, 'quickfix', finding);
  },
  sourceActions(context) {
    const outline = outlineOf(context);
    if (outline.length === 0) return [];
    return actionsFor(context, outline, false, 'source');
  },
};
