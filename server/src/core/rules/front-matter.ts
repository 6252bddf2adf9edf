import type { Rule } from './rule';
import { say } from './rule';

/** A front matter that cannot be read breaks the site's build and hides the title and description. */
export const frontMatterRule: Rule = {
  meta: {
    id: 'front-matter',
    name: { fr: 'Front matter lisible', en: 'Readable front matter' },
    description: {
      fr: 'Le bloc YAML (---) ou TOML (+++) en tête d’article doit être fermé et valide : sinon le générateur de site échoue, et Plume ne peut lire ni le titre ni la description.',
      en: 'The YAML (---) or TOML (+++) block at the top of the article must be closed and valid: otherwise the site generator fails and Plume cannot read the title or the description.',
    },
    defaultSeverity: 'error',
    weight: 2,
    category: 'structure',
  },
  check(ctx) {
    const fm = ctx.article.frontMatter;
    if (!fm?.error) return [];
    const kind = fm.kind === 'yaml' ? 'YAML' : 'TOML';
    const fence = fm.kind === 'yaml' ? '---' : '+++';
    const message =
      fm.error.message === 'unclosed'
        ? say(ctx, {
            fr: `Front matter ${kind} non fermé : ajoutez une ligne « ${fence} » après le dernier champ.`,
            en: `Unclosed ${kind} front matter: add a « ${fence} » line after the last field.`,
          })
        : say(ctx, {
            fr: `Front matter ${kind} invalide : ${fm.error.message}`,
            en: `Invalid ${kind} front matter: ${fm.error.message}`,
          });
    return [{ span: fm.error.span, message }];
  },
};
