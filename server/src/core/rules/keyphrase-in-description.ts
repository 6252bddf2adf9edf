import type { Rule } from './rule';
import { say } from './rule';
import { focusKeyphrase } from '../seo/focusKeyphrase';
import { description, valueSpan } from '../seo/description';

export const keyphraseInDescriptionRule: Rule = {
  meta: {
    id: 'keyphrase-in-description',
    name: { fr: 'Expression clé dans la description', en: 'Keyphrase in description' },
    description: {
      fr: 'La méta-description (champ plume.frontMatter.descriptionField du front matter) contient l’expression clé : les moteurs de recherche mettent en gras les mots cherchés dans l’extrait, ce qui attire le clic. Sans description, la règle ne dit rien.',
      en: 'The meta description (front-matter field plume.frontMatter.descriptionField) contains the keyphrase: search engines highlight searched words in the snippet, which draws clicks. Without a description, the rule says nothing.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'keyphrase',
    options: ['frontMatter.descriptionField'],
  },
  check(ctx) {
    const kp = focusKeyphrase(ctx);
    const desc = description(ctx);
    if (!kp || !desc || kp.matcher.matches(desc.text)) return [];
    return [
      {
        span: valueSpan(ctx.article, desc.field),
        message: say(ctx, {
          fr: `La description ne contient pas l’expression clé « ${kp.text} ».`,
          en: `The description does not contain the keyphrase « ${kp.text} ».`,
        }),
      },
    ];
  },
};
