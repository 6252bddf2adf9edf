import type { Rule } from './rule';
import { firstLine, say } from './rule';
import { focusKeyphrase } from '../seo/focusKeyphrase';

export const keyphraseInIntroductionRule: Rule = {
  meta: {
    id: 'keyphrase-in-introduction',
    name: { fr: 'Expression clé dans l’introduction', en: 'Keyphrase in introduction' },
    description: {
      fr: 'Le premier paragraphe du corps contient l’expression clé : il confirme au lecteur et au moteur de recherche que la page traite bien du sujet annoncé, et sert souvent d’extrait quand la méta-description manque.',
      en: 'The first paragraph of the body contains the keyphrase: it confirms to readers and search engines that the page is about the announced topic, and often serves as the snippet when the meta description is missing.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'keyphrase',
  },
  check(ctx) {
    const kp = focusKeyphrase(ctx);
    if (!kp) return [];
    const { article } = ctx;
    const index = article.blocks.findIndex((b, i) => i !== article.titleBlock && b.kind === 'paragraph' && b.wordEnd > b.wordStart);
    if (index < 0) return [];
    const block = article.blocks[index];
    const text = article.masked.slice(block.span.start, block.span.end);
    if (kp.matcher.matches(text)) return [];
    return [
      {
        span: firstLine(article, block.span),
        message: say(ctx, {
          fr: `Le premier paragraphe ne contient pas l’expression clé « ${kp.text} ».`,
          en: `The first paragraph does not contain the keyphrase « ${kp.text} ».`,
        }),
      },
    ];
  },
};
