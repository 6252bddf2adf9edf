import { analyze } from './analyze';
import { type Finding } from '../base/finding';
import type { Settings } from '../config/settings';
import { applyEdits, type TextEdit } from '../base/edit';
import { keepFrenchTitleActions } from '../actions/keepFrenchTitle';
import { typographyEdits } from '../actions/typography';
import { withAnchorsKept } from '../actions/keepAnchors';
import { isTypographyFinding } from '../typography/scan';
import { isFindingOf } from '../base/finding';
import type { TitleLanguageFinding } from '../rules/title-language';

export interface FixOptions {
  readonly fileName?: string;
  /** Also keep only the French part of a mixed-language title (not part of fix-all on save). */
  readonly title?: boolean;
}

export interface FixResult {
  readonly text: string;
  readonly edits: readonly TextEdit[];
  /** Fixes applied per rule id. */
  readonly perRule: Readonly<Record<string, number>>;
}

/** What `plume fix` does: every typography fix (the editor's fix-all), and optionally the title fix. */
export function fixArticle(text: string, settings: Settings, options: FixOptions = {}): FixResult {
  const analysis = analyze(text, settings, options.fileName ? { fileName: options.fileName } : {});
  const perRule: Record<string, number> = {};
  const typoFindings = analysis.findings.filter(isTypographyFinding);
  let edits = typographyEdits(typoFindings);
  const applied = new Set(edits);
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
