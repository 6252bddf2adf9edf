import { CALQUES } from '../french/data/calques';
import { cleanupData } from './cleanup';
import { proseMatches } from './proseMatches';
import type { Rule } from './rule';
import { say } from './rule';

const PATTERNS = CALQUES.map((c) => c.pattern);

/** The fix's text, with the match's groups and its first letter's case. */
function replacement(template: string, text: string, groups: readonly (string | undefined)[]): string {
  const out = template.replace(/\$(\d)/g, (_, n: string) => groups[Number(n) - 1] ?? '').replace(/([’']) /g, '$1');
  return text[0] !== text[0].toLowerCase() ? out[0].toUpperCase() + out.slice(1) : out;
}

export const calquesRule: Rule = {
  meta: {
    id: 'calques',
    name: { fr: 'Calque de l’anglais', en: 'Calque from English' },
    description: {
      fr: 'Une tournure traduite mot à mot de l’anglais, que la traduction automatique laisse souvent : « faire sens » (to make sense), « adresser un problème » (to address), « e-mails à froid » (cold emails), « embauches précoces » (early hires), « au milieu des inquiétudes » (amid concerns). Le message donne la tournure française ; la correction la met quand elle ne dépend pas du contexte. Liste : `server/src/core/french/data/calques.ts`.',
      en: 'A phrase translated word for word from English, as machine translation often leaves: « faire sens » (to make sense), « adresser un problème » (to address), « e-mails à froid » (cold emails), « embauches précoces » (early hires), « au milieu des inquiétudes » (amid concerns). The message gives the French phrase; the fix puts it in when it does not depend on the context. List: `server/src/core/french/data/calques.ts`.',
    },
    defaultSeverity: 'information',
    weight: 1,
    category: 'language',
  },
  check(ctx) {
    return proseMatches(ctx.article, 'calques', PATTERNS).map((m) => {
      const calque = CALQUES[m.which];
      const fix = calque.fix ? replacement(calque.fix, m.text, m.groups) : undefined;
      return {
        span: { start: m.start, end: m.end },
        message: say(ctx, {
          fr: `« ${m.text} » est un calque de l’anglais (« ${calque.english} ») : en français, ${fix ? `« ${fix} »` : calque.french}.`,
          en: `« ${m.text} » is a calque from English (« ${calque.english} »): French says ${fix ? `« ${fix} »` : calque.french}.`,
        }),
        data: fix
          ? cleanupData([{ start: m.start, end: m.end, newText: fix }], { fr: `Remplacer par « ${fix} »`, en: `Replace with « ${fix} »` }, false, { calque: calque.id })
          : { calque: calque.id },
      };
    });
  },
};
