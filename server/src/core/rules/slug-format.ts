import { slugField, slugProblems, suggestedSlug, MAX_SLUG_WORDS } from '../seo/slug';
import type { FindingOf } from '../base/finding';
import type { RuleOf } from './rule';
import { say } from './rule';

export type SlugFormatData = { readonly problems: readonly ReturnType<typeof slugProblems>[number][]; readonly suggestion?: string };
export type SlugFormatFinding = FindingOf<'slug-format', SlugFormatData>;

export const slugFormatRule: RuleOf<SlugFormatFinding> = {
  meta: {
    id: 'slug-format',
    name: { fr: 'Slug', en: 'Slug' },
    description: {
      fr: `Le champ « slug » du front matter donne l’adresse de la page : des mots en minuscules, sans accents, reliés par des tirets, sans mots vides (le, de, pour…), ${MAX_SLUG_WORDS} mots au plus (un préfixe de date AAAA-MM-JJ- ne compte pas). Sans champ « slug », rien n’est signalé : l’adresse vient alors du nom du fichier ou du site ; l’action « Écrire le slug depuis le titre » en ajoute un. Gravité « information » : changer le slug d’une page publiée casse ses liens, prévoyez une redirection.`,
      en: `The front-matter « slug » field gives the page’s address: lower-case words without accents, joined by hyphens, without stop words (le, de, pour…), at most ${MAX_SLUG_WORDS} words (a YYYY-MM-DD- date prefix does not count). Without a « slug » field nothing is reported: the address then comes from the file name or the site; the action « Write the slug from the title » adds one. Severity « information »: changing a published page’s slug breaks its links, plan a redirect.`,
    },
    defaultSeverity: 'information',
    category: 'structure',
  },
  check(ctx) {
    const field = slugField(ctx.article);
    if (!field || typeof field.value !== 'string' || field.value === '') return [];
    const problems = slugProblems(field.value);
    if (problems.length === 0) return [];
    const suggestion = suggestedSlug(ctx.article, field.value);
    const what = problems.map((p) =>
      say(
        ctx,
        p === 'format'
          ? { fr: 'minuscules, chiffres et tirets seulement', en: 'lower-case letters, digits and hyphens only' }
          : p === 'stopWords'
            ? { fr: 'sans mots vides', en: 'no stop words' }
            : { fr: `${MAX_SLUG_WORDS} mots au plus`, en: `at most ${MAX_SLUG_WORDS} words` },
      ),
    );
    const hint = suggestion && suggestion !== field.value ? say(ctx, { fr: ` Proposition : « ${suggestion} ».`, en: ` Suggestion: « ${suggestion} ».` }) : '';
    return [
      {
        span: field.valueSpan,
        message: say(ctx, { fr: `Slug à revoir : ${what.join(', ')}.`, en: `Slug to revise: ${what.join(', ')}.` }) + hint,
        data: { problems, ...(suggestion ? { suggestion } : {}) },
      },
    ];
  },
};
