import type { Rule } from './rule';
import { articleAnchor, say } from './rule';
import { focusKeyphrase } from '../seo/focusKeyphrase';

export const keyphraseMissingRule: Rule = {
  meta: {
    id: 'keyphrase-missing',
    name: { fr: 'Expression clé absente', en: 'No focus keyphrase' },
    description: {
      fr: 'Les règles d’expression clé (titre, introduction, densité…) ont besoin de l’expression que l’article vise dans les moteurs de recherche. Elle se déclare dans le front matter, sous l’un des champs de plume.frontMatter.keyphraseFields (« keyphrase » ou « keywords » par défaut ; une liste donne sa première entrée).',
      en: 'The keyphrase rules (title, introduction, density…) need the phrase the article targets in search engines. Declare it in the front matter, under one of the plume.frontMatter.keyphraseFields fields (« keyphrase » or « keywords » by default; a list gives its first entry).',
    },
    defaultSeverity: 'information',
    weight: 3,
    category: 'keyphrase',
    options: ['frontMatter.keyphraseFields'],
  },
  check(ctx) {
    if (focusKeyphrase(ctx) || ctx.article.bodyWordCount === 0) return [];
    const field = ctx.settings.frontMatter.keyphraseFields[0];
    return [
      {
        // About the whole article (issue 17): the report and the status bar show it, not the editor,
        // where it squiggled the front matter's fence on every article still without a keyphrase.
        span: articleAnchor(ctx.article),
        message: say(ctx, {
          fr: `Aucune expression clé : ajoutez « ${field}: … » au front matter pour vérifier le référencement de l’article.`,
          en: `No focus keyphrase: add « ${field}: … » to the front matter to check the article’s SEO.`,
        }),
      },
    ];
  },
};
