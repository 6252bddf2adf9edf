import type { Localized } from '../base/i18n';

/** The candidate languages by name, in French and English, for messages (« en anglais », "in English"). */
const NAMES: Record<string, Localized> = {
  en: { fr: 'anglais', en: 'English' },
  es: { fr: 'espagnol', en: 'Spanish' },
  de: { fr: 'allemand', en: 'German' },
  it: { fr: 'italien', en: 'Italian' },
  pt: { fr: 'portugais', en: 'Portuguese' },
  nl: { fr: 'néerlandais', en: 'Dutch' },
};

/** The language's name (« anglais », "English"); an unknown code stands for itself. */
export function languageName(code: string): Localized {
  return NAMES[code] ?? { fr: code, en: code };
}

/** « en anglais », "in English"; an unknown code is quoted (« en « xx » »). */
export function inLanguage(code: string): Localized {
  const n = NAMES[code];
  return n ? { fr: `en ${n.fr}`, en: `in ${n.en}` } : { fr: `en « ${code} »`, en: `in « ${code} »` };
}
