// What the editor shows of an analysis: whole-article findings stay in the report and the status bar
// (unless `articleFindingsInEditor`), and identical findings of one block make one diagnostic with the
// other places as related locations (the « espaces insécables » of one paragraph are one problem).
import { isArticleWide } from '../article/anchor';
import type { Article } from '../article/model';
import type { Finding } from '../base/finding';
import { formatNumber, type Locale } from '../base/i18n';
import { PARTIAL_ID } from './partial';
import type { Settings } from '../config/settings';
import { isTypographyFinding } from '../typography/scan';

export interface EditorFinding {
  /** The first finding of its group; the diagnostic sits on it. */
  readonly finding: Finding;
  /** The other findings of the group, in document order (empty for most). */
  readonly others: readonly Finding[];
  /** A whole-article finding shown anyway (as information, on its empty span). */
  readonly articleWide: boolean;
}

/** The index of the block holding `offset` (binary search; -1 outside every block). */
function blockIndex(article: Article, offset: number): number {
  const blocks = article.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid].span;
    if (offset < b.start) hi = mid - 1;
    else if (offset > b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The findings the editor shows, grouped; the whole-article ones only when the setting asks. */
export function editorFindings(article: Article, findings: readonly Finding[], settings: Settings): EditorFinding[] {
  const out: { finding: Finding; others: Finding[]; articleWide: boolean }[] = [];
  const groups = new Map<string, { finding: Finding; others: Finding[]; articleWide: boolean }>();
  for (const finding of findings) {
    const wide = isArticleWide(article, finding.span);
    if (wide && !settings.articleFindingsInEditor) continue;
    const block = wide ? -1 : blockIndex(article, finding.span.start);
    if (block < 0) {
      out.push({ finding: wide ? { ...finding, severity: 'information' } : finding, others: [], articleWide: wide });
      continue;
    }
    // One typography rule in one block: the « espace insécable » before « » » and after « « » are one
    // problem there. Other rules group only identical findings: two misspelt words stay apart, each
    // with its own suggestions.
    const key = isTypographyFinding(finding) ? `${block}\u0000${finding.ruleId}` : `${block}\u0000${finding.ruleId}\u0000${finding.message}`;
    const group = groups.get(key);
    if (group) {
      group.others.push(finding);
      continue;
    }
    const created = { finding, others: [], articleWide: false };
    groups.set(key, created);
    out.push(created);
  }
  return out;
}

/** The whole-article findings (for the status bar and the report). */
export function articleWideFindings(article: Article, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => isArticleWide(article, f.span));
}

const SEVERITY_ORDER = { error: 0, warning: 1, information: 2, hint: 3 } as const;

/** What the editor shows of many findings: at most `max`, and what it leaves out. */
export interface CappedFindings {
  /** In the order they came. */
  readonly shown: readonly EditorFinding[];
  /** How many were left out, and the first of them in that order (where the notice goes); undefined when none. */
  readonly omitted?: { readonly count: number; readonly first: Finding };
}

/**
 * At most `max` editor findings (0: all), the most severe first (the notice that the document was
 * analysed in part before all) and, within a severity, in the order they came, as VS Code itself keeps them when a file has more than it shows (1 000); the rest is counted.
 */
export function capEditorFindings(groups: readonly EditorFinding[], max: number): CappedFindings {
  if (max <= 0 || groups.length <= max) return { shown: groups };
  // « Document trop long » is never left out: without it the writer would not know the rest is unchecked.
  const rank = (g: EditorFinding): number => (g.finding.ruleId === PARTIAL_ID ? -1 : SEVERITY_ORDER[g.finding.severity]);
  const order = groups.map((_, i) => i).sort((a, b) => rank(groups[a]) - rank(groups[b]) || a - b);
  const kept = order.slice(0, max).sort((a, b) => a - b);
  const first = order.slice(max).reduce((m, i) => Math.min(m, i));
  return { shown: kept.map((i) => groups[i]), omitted: { count: groups.length - max, first: groups[first].finding } };
}

/** The notice on the first finding left out: how many the editor does not show, that one, the setting. */
export function omittedMessage(count: number, max: number, first: string, locale: Locale): string {
  return locale === 'fr'
    ? `Plume n’affiche pas ${formatNumber(count, locale)} remarques de plus sur ce fichier, la première ici : « ${first} » Au plus ${formatNumber(max, locale)} par fichier, les plus graves d’abord (réglage plume.maxDiagnostics) ; la ligne de commande les donne toutes.`
    : `Plume does not show ${formatNumber(count, locale)} more findings in this file, the first one here: “${first}” At most ${formatNumber(max, locale)} per file, the most severe first (setting plume.maxDiagnostics); the command line gives them all.`;
}
