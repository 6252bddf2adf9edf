import { tokenize } from '../french/keyphrase';
import type { Rule } from './rule';
import { say } from './rule';
import { focusKeyphrase } from '../seo/focusKeyphrase';

/** The keyphrase should start within the first half of the title's words. */
const NEAR_START_SHARE = 0.5;

export const keyphraseInTitleRule: Rule = {
  meta: {
    id: 'keyphrase-in-title',
    name: { fr: 'Expression clé dans le titre', en: 'Keyphrase in title' },
    description: {
      fr: 'Le titre contient l’expression clé (formes du mot, accents et articles élidés pris en compte), de préférence dans sa première moitié : c’est le premier texte lu sur la page de résultats, et le début reste visible quand il est tronqué.',
      en: 'The title contains the keyphrase (word forms, accents and elided articles accounted for), preferably in its first half: it is the first text read on the results page, and its start stays visible when it is cut.',
    },
    defaultSeverity: 'warning',
    weight: 3,
    category: 'keyphrase',
  },
  check(ctx) {
    const kp = focusKeyphrase(ctx);
    const title = ctx.article.title;
    if (!kp || !title) return [];
    const found = kp.matcher.find(title.text);
    if (!found) {
      const missing = kp.matcher.missingWords(title.text);
      return [
        {
          span: title.span,
          message: say(ctx, {
            fr: `Le titre ne contient pas l’expression clé « ${kp.text} » (manque : ${missing.join(', ')}).`,
            en: `The title does not contain the keyphrase « ${kp.text} » (missing: ${missing.join(', ')}).`,
          }),
          data: { missing },
        },
      ];
    }
    const words = tokenize(title.text).length;
    if (words > 3 && found.wordIndex >= Math.ceil(words * NEAR_START_SHARE)) {
      return [
        {
          span: title.span,
          message: say(ctx, {
            fr: `L’expression clé « ${kp.text} » arrive tard dans le titre : placez-la vers le début.`,
            en: `The keyphrase « ${kp.text} » comes late in the title: move it towards the start.`,
          }),
          data: { wordIndex: found.wordIndex },
        },
      ];
    }
    return [];
  },
};
