import { slugWords } from '../french/keyphrase';
import { stemWord } from '../french/stem';
import type { Rule } from './rule';
import { articleAnchor, say } from './rule';
import { focusKeyphrase } from '../seo/focusKeyphrase';
import { valueSpan } from '../seo/description';

export const keyphraseInSlugRule: Rule = {
  meta: {
    id: 'keyphrase-in-slug',
    name: { fr: 'Expression clé dans l’adresse', en: 'Keyphrase in slug' },
    description: {
      fr: 'L’adresse de la page (champ « slug » du front matter, sinon le nom du fichier sans date ni extension) contient les mots de l’expression clé : une adresse parlante rassure avant le clic et rappelle le sujet quand elle est partagée.',
      en: 'The page address (front-matter field « slug », else the file name without date or extension) contains the keyphrase’s words: a readable address reassures before the click and recalls the topic when shared.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'keyphrase',
  },
  check(ctx) {
    const kp = focusKeyphrase(ctx);
    if (!kp) return [];
    const slugField = ctx.article.frontMatter?.fields.find((f) => f.key === 'slug' && typeof f.value === 'string' && f.value.trim() !== '');
    const slug = slugField ? String(slugField.value) : ctx.fileName;
    if (!slug) return [];
    // Slugs have no accents and no apostrophes: compare stems of folded words on both sides.
    const present = new Set(slugWords(slug).map(stemWord));
    const missing = kp.matcher.contentWords.filter((w) => !slugWords(w).map(stemWord).every((s) => present.has(s)));
    if (missing.length === 0) return [];
    return [
      {
        span: slugField ? valueSpan(ctx.article, slugField) : articleAnchor(ctx.article),
        message: say(ctx, {
          fr: `L’adresse « ${slug} » ne contient pas l’expression clé « ${kp.text} » (manque : ${missing.join(', ')}).`,
          en: `The address « ${slug} » does not contain the keyphrase « ${kp.text} » (missing: ${missing.join(', ')}).`,
        }),
        data: { missing },
      },
    ];
  },
};
