import { analyze } from './analyze';
import { isFindingOf, type Finding } from '../base/finding';
import type { Settings } from '../config/settings';
import { applyEdits, type TextEdit } from '../base/edit';
import { keepFrenchTitleActions } from '../actions/keepFrenchTitle';
import { typographyEdits } from '../actions/typography';
import { cleanupEdits, cleanupOf, mergeDisjoint } from '../actions/cleanup';
import { withAnchorsKept } from '../actions/keepAnchors';
import { isTypographyFinding } from '../typography/scan';
import type { TitleLanguageFinding } from '../rules/title-language';

export interface FixOptions {
  readonly fileName?: string;
  /** Also keep only the French part of a mixed-language title (not part of fix-all on save). */
  readonly title?: boolean;
  /** Also remove pasted debris and make pseudo-bullets a list (default: true, as fix-all on save). */
  readonly cleanup?: boolean;
}

export interface FixResult {
  readonly text: string;
  readonly edits: readonly TextEdit[];
  /** Fixes applied per rule id. */
  readonly perRule: Readonly<Record<string, number>>;
}

/** Passes at most: a clean-up edit that overlapped another is applied on the next pass. */
const MAX_PASSES = 4;

/**
 * What `plume fix` does: the editor's fix-all (debris removed, pseudo-bullets made a list, every
 * typography fix), again until nothing changes, and optionally the title fix.
 */
export function fixArticle(text: string, settings: Settings, options: FixOptions = {}): FixResult {
  const first = fixOnce(text, settings, options);
  let current = first;
  const perRule: Record<string, number> = { ...first.perRule };
  // Passes again only for the clean-up, whose edits may overlap (a removed line and its empty lines).
  for (let pass = 1; options.cleanup !== false && pass < MAX_PASSES && current.edits.length > 0; pass++) {
    const next = fixOnce(current.text, settings, { ...options, title: false });
    if (next.edits.length === 0 || next.text === current.text) break;
    for (const [id, n] of Object.entries(next.perRule)) perRule[id] = (perRule[id] ?? 0) + n;
    current = next;
  }
  if (current === first) return first;
  // Several passes: one edit, in offsets of `text`, from the first to the last change.
  let a = 0;
  while (a < text.length && a < current.text.length && text[a] === current.text[a]) a++;
  let b = 0;
  while (b < text.length - a && b < current.text.length - a && text[text.length - 1 - b] === current.text[current.text.length - 1 - b]) b++;
  return { text: current.text, edits: [{ start: a, end: text.length - b, newText: current.text.slice(a, current.text.length - b) }], perRule };
}

function fixOnce(text: string, settings: Settings, options: FixOptions): FixResult {
  const analysis = analyze(text, settings, options.fileName ? { fileName: options.fileName } : {});
  const perRule: Record<string, number> = {};
  const typoFindings = analysis.findings.filter(isTypographyFinding);
  const cleanup = options.cleanup === false ? [] : cleanupEdits(analysis.findings);
  let edits = mergeDisjoint(cleanup, typographyEdits(typoFindings));
  const applied = new Set(edits);
  for (const f of analysis.findings) {
    const own = cleanupOf(f);
    if (own?.fixAll && options.cleanup !== false && own.edits.every((e) => applied.has(e))) perRule[f.ruleId] = (perRule[f.ruleId] ?? 0) + 1;
  }
  for (const f of typoFindings) {
    const own = f.data.edits;
    if (own.length > 0 && own.every((e) => applied.has(e))) perRule[f.ruleId] = (perRule[f.ruleId] ?? 0) + 1;
  }
  // Headings whose text changes keep their in-page links working.
  edits = withAnchorsKept(analysis.article, edits, settings.slugStyle);
  if (options.title) {
    const finding: Finding | undefined = analysis.findings.find((f) => isFindingOf<TitleLanguageFinding>(f, 'title-language'));
    const ctx = { article: analysis.article, settings, locale: settings.locale, findings: analysis.findings };
    const titleEdit = finding ? keepFrenchTitleActions.fixes?.(ctx, finding)[0]?.edits[0] : undefined;
    if (titleEdit) {
      // The title edit wins over typography edits inside the part it removes.
      edits = edits.filter((e) => e.end < titleEdit.start || e.start > titleEdit.end);
      edits.push(titleEdit);
      perRule['title-language'] = 1;
    }
  }
  return { text: applyEdits(text, edits), edits, perRule };
}
