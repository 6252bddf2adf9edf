// The client's own strings for what `plume.locale` must switch (status bar, report panel): vscode.l10n
// follows VS Code's display language only, so these live in a small fr/en table.
import type { RuleCategory } from '../../../server/src/core/rules/rule';
import type { CheckState } from '../../../server/src/core/pipeline/report';

export type UiLocale = 'fr' | 'en';

export interface Labels {
  readonly locale: UiLocale;
  readonly panelTitle: string;
  readonly score: string;
  readonly noValue: string;
  /** « : » with French spacing, or ": ". */
  readonly colon: string;
  readonly words: string;
  /** « sur 700 minimum » */
  readonly ofMinimum: (min: string) => string;
  readonly keyphrase: string;
  readonly noKeyphrase: string;
  readonly density: string;
  readonly checks: string;
  /** The heading of the site conventions Plume detected. */
  readonly siteConventions: string;
  readonly categories: Readonly<Record<RuleCategory, string>>;
  /** A check's state, agreed with « vérification » (« réussie », « non évaluée »). */
  readonly status: Readonly<Record<CheckState, string>>;
  /** « 25 réussies », « 1 réussie », « 3 non évaluées ». */
  readonly count: (state: CheckState, n: number, formatted: string) => string;
  /** « 6 remarques de typographie (hors score) ». */
  readonly typographyCount: (n: number, formatted: string) => string;
  /** Under the score: what it counts. */
  readonly scoreNote: string;
  /** The results-page address line before the slug. */
  readonly site: string;
  /** The status bar's tooltip lines about the whole article. */
  readonly articleFindings: string;
  readonly noChecks: string;
  readonly preview: string;
  readonly desktop: string;
  readonly mobile: string;
  readonly titlePart: string;
  readonly descriptionPart: string;
  readonly excerptNote: string;
  readonly noTitle: string;
  readonly truncated: string;
  readonly chars: string;
  readonly goTo: string;
  /** The line after a check's listed findings when it has more. */
  readonly moreFindings: (n: string) => string;
  readonly waiting: string;
  readonly statusWords: (n: string) => string;
  readonly statusTooltip: (words: string, min: string) => string;
}

export const LABELS: Readonly<Record<UiLocale, Labels>> = {
  fr: {
    locale: 'fr',
    panelTitle: 'Plume : rapport SEO',
    score: 'Score SEO',
    noValue: '—',
    colon: '\u00a0: ',
    words: 'Mots',
    ofMinimum: (min) => `sur ${min} minimum`,
    keyphrase: 'Expression clé',
    siteConventions: 'Conventions du site détectées',
    noKeyphrase: 'aucune (champ keyphrase du front matter)',
    density: 'Densité',
    checks: 'Vérifications',
    categories: { structure: 'Structure', keyphrase: 'Mot-clé', readability: 'Lisibilité', typography: 'Typographie', language: 'Langue' },
    status: { passed: 'réussie', review: 'à revoir', failed: 'en échec', 'not-evaluated': 'non évaluée' },
    count: (state, n, f) =>
      state === 'passed' ? `${f} réussie${n > 1 ? 's' : ''}` : state === 'review' ? `${f} à revoir` : state === 'failed' ? `${f} en échec` : `${f} non évaluée${n > 1 ? 's' : ''}`,
    typographyCount: (n, f) => (n === 0 ? 'Typographie : rien à corriger' : `${f} remarque${n > 1 ? 's' : ''} de typographie (hors score)`),
    scoreNote: 'sur les vérifications évaluées, hors typographie',
    site: 'votre-site.fr',
    articleFindings: 'Sur l’article entier :',
    noChecks: 'Aucune vérification dans cette catégorie.',
    preview: 'Aperçu dans les résultats de recherche',
    desktop: 'Ordinateur',
    mobile: 'Mobile',
    titlePart: 'Titre',
    descriptionPart: 'Description',
    excerptNote: 'Pas de description : le moteur choisira un extrait, par exemple le premier paragraphe.',
    noTitle: 'Pas de titre',
    truncated: 'tronqué',
    chars: 'car.',
    goTo: 'Aller à cet endroit du texte',
    moreFindings: (n) => `… et ${n} de plus, tous dans l’éditeur`,
    waiting: 'Ouvrez un article Markdown pour voir son rapport.',
    statusWords: (n) => `${n} mots`,
    statusTooltip: (words, min) => `Plume : ${words} mots, minimum ${min}. Cliquez pour ouvrir le rapport SEO.`,
  },
  en: {
    locale: 'en',
    panelTitle: 'Plume: SEO report',
    score: 'SEO score',
    noValue: '—',
    colon: ': ',
    words: 'Words',
    ofMinimum: (min) => `of ${min} minimum`,
    keyphrase: 'Keyphrase',
    siteConventions: 'Site conventions detected',
    noKeyphrase: 'none (keyphrase field of the front matter)',
    density: 'Density',
    checks: 'Checks',
    categories: { structure: 'Structure', keyphrase: 'Keyphrase', readability: 'Readability', typography: 'Typography', language: 'Language' },
    status: { passed: 'passed', review: 'to review', failed: 'failed', 'not-evaluated': 'not evaluated' },
    count: (state, _n, f) => `${f} ${state === 'passed' ? 'passed' : state === 'review' ? 'to review' : state === 'failed' ? 'failed' : 'not evaluated'}`,
    typographyCount: (n, f) => (n === 0 ? 'Typography: nothing to fix' : `${f} typography note${n > 1 ? 's' : ''} (not in the score)`),
    scoreNote: 'over the checks evaluated, typography aside',
    site: 'your-site.com',
    articleFindings: 'About the whole article:',
    noChecks: 'No checks in this category.',
    preview: 'Search results preview',
    desktop: 'Desktop',
    mobile: 'Mobile',
    titlePart: 'Title',
    descriptionPart: 'Description',
    excerptNote: 'No description: the search engine will pick an excerpt, such as the first paragraph.',
    noTitle: 'No title',
    truncated: 'truncated',
    chars: 'chars',
    goTo: 'Go to this place in the text',
    moreFindings: (n) => `… and ${n} more, all in the editor`,
    waiting: 'Open a Markdown article to see its report.',
    statusWords: (n) => `${n} words`,
    statusTooltip: (words, min) => `Plume: ${words} words, minimum ${min}. Click to open the SEO report.`,
  },
};

/** `plume.locale` wins; `auto` (or anything else) follows VS Code's display language, French unless English. */
export function resolveLocale(setting: unknown, displayLanguage: string): UiLocale {
  if (setting === 'fr' || setting === 'en') return setting;
  return displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** Integers as each language writes them: 1 234 (narrow no-break space) or 1,234. */
export function formatInt(n: number, locale: UiLocale): string {
  const s = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr' ? '\u202f' : ',');
  return n < 0 ? `-${s}` : s;
}

/** Decimal with one digit: 1,5 / 1.5. */
export function formatDecimal(n: number, locale: UiLocale): string {
  const s = (Math.round(n * 10) / 10).toFixed(1);
  return locale === 'fr' ? s.replace('.', ',') : s;
}

/** « 712 mots · SEO 78/100 », or « 712 mots » while no score exists. */
export function statusText(locale: UiLocale, words: number, score?: number): string {
  const base = LABELS[locale].statusWords(formatInt(words, locale));
  return score === undefined ? base : `${base} · SEO ${Math.round(score)}/100`;
}
