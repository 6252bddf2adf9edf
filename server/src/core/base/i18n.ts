/** The languages of Plume's messages. */
export type Locale = 'fr' | 'en';

/** A message in each language; rules keep their own texts beside their logic. */
export interface Localized {
  readonly fr: string;
  readonly en: string;
}

/** French number formatting with a narrow no-break space as thousands separator. */
export function formatNumber(n: number, locale: Locale): string {
  const rounded = Number.isInteger(n) ? n : Math.round(n * 10) / 10;
  const [int, frac] = String(Math.abs(rounded)).split('.');
  const sep = locale === 'fr' ? '\u202f' : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const dec = frac ? (locale === 'fr' ? ',' : '.') + frac : '';
  return (rounded < 0 ? '-' : '') + grouped + dec;
}

export function localeFrom(value: unknown): Locale {
  return typeof value === 'string' && value.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
