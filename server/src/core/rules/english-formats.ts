import type { Settings } from '../config/settings';
import { cleanupData } from './cleanup';
import { proseMatches } from './proseMatches';
import type { Rule } from './rule';
import { say } from './rule';

const MONTHS: Readonly<Record<string, string>> = {
  january: 'janvier', february: 'février', march: 'mars', april: 'avril', may: 'mai', june: 'juin',
  july: 'juillet', august: 'août', september: 'septembre', october: 'octobre', november: 'novembre', december: 'décembre',
};
const B = '(?<![\\p{L}\\p{N},.])';
const W = '(?![\\p{L}\\p{N}])';
const PATTERNS = [
  // 1,000 · 1,000.50 · 2,000,000 (English thousands and decimal point). One group alone may be a
  // French decimal (« 2,718 »): it counts when followed by a decimal point or when it ends in 0
  // (« 1,500 », « 12,000 »), as no one writes a French decimal with a trailing zero.
  new RegExp(`${B}(\\d{1,3}(?:(?:,\\d{3}){2,}|,\\d{3}(?=\\.\\d)|,\\d{2}0))(?:\\.(\\d+))?(?![\\d,]*\\d)`, 'gu'),
  // May 5 · May 5, 2024 · January 12th (a capitalised month name before a day)
  new RegExp(`${B}(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?${W}`, 'gu'),
  // 3 PM · 10:30 a.m.
  new RegExp(`${B}(\\d{1,2})(?::(\\d{2}))? ?(AM|PM|am|pm|a\\.m\\.|p\\.m\\.)(?![\\p{L}])`, 'gu'),
  // $5 · $1.5 million · £20 · €30 (the sign before the amount)
  new RegExp(`(?<![\\p{L}\\p{N}])([$£€])\\s?(\\d+(?:[.,]\\d+)?)(?: (million|billion|milliards?|millions?))?${W}`, 'gu'),
];

/** What each pattern holds (a digit after a comma, before AM, after a month or a currency sign). */
const HINT = /\d,\d|\d ?(?:AM|PM|am|pm|a\.m\.|p\.m\.)|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d|[$£€]\s?\d/;

function space(settings: Settings): string {
  return settings.typography.space === 'regular' ? '\u00a0' : '\u202f';
}

function french(which: number, g: readonly (string | undefined)[], settings: Settings): string {
  const nb = space(settings);
  switch (which) {
    case 0:
      return g[0]!.replace(/,/g, nb) + (g[1] ? `,${g[1]}` : '');
    case 1:
      return `${Number(g[1])} ${MONTHS[g[0]!.toLowerCase()]}${g[2] ? ` ${g[2]}` : ''}`;
    case 2: {
      let h = Number(g[0]);
      const pm = g[2]!.toLowerCase().startsWith('p');
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      return `${h}\u00a0h${g[1] && g[1] !== '00' ? ` ${g[1]}` : ''}`;
    }
    default: {
      const amount = g[1]!.replace('.', ',');
      const big = g[2] ? ` ${g[2] === 'billion' ? 'milliards' : g[2] === 'million' ? (amount === '1' ? 'million' : 'millions') : g[2]} de` : '';
      const sign = g[0] === '$' ? 'dollars' : g[0] === '£' ? 'livres' : 'euros';
      return big ? `${amount}${big} ${sign}` : `${amount}${nb}${g[0]}`;
    }
  }
}

const KIND = [
  { fr: 'nombre au format anglais', en: 'number in English format' },
  { fr: 'date au format anglais', en: 'date in English format' },
  { fr: 'heure au format anglais', en: 'time in English format' },
  { fr: 'montant au format anglais', en: 'amount in English format' },
];

export const englishFormatsRule: Rule = {
  meta: {
    id: 'english-formats',
    name: { fr: 'Nombre, date, heure ou montant au format anglais', en: 'English number, date, time or currency format' },
    description: {
      fr: 'Les formats que la traduction automatique laisse en anglais : « 1,000.50 » (en français « 1 000,50 »), « May 5 » (« 5 mai »), « 3 PM » (« 15 h »), « $5 » (« 5 $ »). La correction écrit le format français, avec l’espace insécable réglée dans `plume.typography.space`.',
      en: 'Formats machine translation leaves in English: « 1,000.50 » (French « 1 000,50 »), « May 5 » (« 5 mai »), « 3 PM » (« 15 h »), « $5 » (« 5 $ »). The fix writes the French format, with the no-break space set in `plume.typography.space`.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'typography',
  },
  check(ctx) {
    return proseMatches(ctx.article, 'english-formats', PATTERNS, HINT).map((m) => {
      const fix = french(m.which, m.groups, ctx.settings);
      return {
        span: { start: m.start, end: m.end },
        message: say(ctx, {
          fr: `« ${m.text} » : ${KIND[m.which].fr}. En français : « ${fix} ».`,
          en: `« ${m.text} »: ${KIND[m.which].en}. In French: « ${fix} ».`,
        }),
        data: cleanupData([{ start: m.start, end: m.end, newText: fix }], { fr: `Écrire « ${fix} »`, en: `Write « ${fix} »` }, false),
      };
    });
  },
};
