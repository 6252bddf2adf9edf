import type { Localized } from '../base/i18n';
import type { RuleFinding } from '../base/finding';
import type { Rule } from './rule';
import { say } from './rule';

/** Parser errors in the writer's words, by the YAML parser's error code (never its English text). */
const YAML_MESSAGES: Readonly<Record<string, Localized>> = {
  TAB_AS_INDENT: {
    fr: 'Front matter YAML invalide : une tabulation sert de retrait, YAML n’accepte que des espaces. Remplacez-la par des espaces.',
    en: 'Invalid YAML front matter: a tab is used as indentation, YAML accepts only spaces. Replace it with spaces.',
  },
  BAD_INDENT: {
    fr: 'Front matter YAML invalide : retrait incorrect. Alignez cette ligne sur les autres lignes du même niveau, avec des espaces.',
    en: 'Invalid YAML front matter: wrong indentation. Align this line with the other lines of the same level, using spaces.',
  },
  MISSING_CHAR: {
    fr: 'Front matter YAML invalide : il manque un guillemet, un crochet ou une accolade fermante. Fermez ce que cette ligne ouvre.',
    en: 'Invalid YAML front matter: a closing quote, bracket or brace is missing. Close what this line opens.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    fr: 'Front matter YAML invalide : un champ est mal formé. Écrivez « nom: valeur » sur une ligne, et mettez entre guillemets une valeur qui contient un deux-points.',
    en: 'Invalid YAML front matter: a field is malformed. Write « name: value » on one line, and quote a value that holds a colon.',
  },
  MULTILINE_IMPLICIT_KEY: {
    fr: 'Front matter YAML invalide : un nom de champ court sur plusieurs lignes. Écrivez « nom: valeur » sur une seule ligne.',
    en: 'Invalid YAML front matter: a field name spans several lines. Write « name: value » on a single line.',
  },
  UNEXPECTED_TOKEN: {
    fr: 'Front matter YAML invalide : du texte suit la valeur. Mettez toute la valeur entre guillemets.',
    en: 'Invalid YAML front matter: text follows the value. Put the whole value in quotes.',
  },
  BAD_SCALAR_START: {
    fr: 'Front matter YAML invalide : cette valeur commence par un signe réservé (` @ % ou autre). Mettez-la entre guillemets.',
    en: 'Invalid YAML front matter: this value starts with a reserved sign (` @ % or other). Put it in quotes.',
  },
  BAD_DQ_ESCAPE: {
    fr: 'Front matter YAML invalide : une barre oblique inverse entre guillemets doubles doit être doublée. Écrivez « \\\\ » ou passez aux guillemets simples.',
    en: 'Invalid YAML front matter: a backslash inside double quotes must be doubled. Write « \\\\ » or switch to single quotes.',
  },
  DUPLICATE_KEY: {
    fr: 'Front matter YAML invalide : ce champ est écrit deux fois. Gardez-en un seul.',
    en: 'Invalid YAML front matter: this field is written twice. Keep only one.',
  },
  notMap: {
    fr: 'Front matter YAML invalide : il doit être une suite de champs « nom: valeur ». Écrivez un champ par ligne.',
    en: 'Invalid YAML front matter: it must be a series of « name: value » fields. Write one field per line.',
  },
};

const OTHER_YAML: Localized = {
  fr: 'Front matter YAML invalide à cette ligne : vérifiez les guillemets, les deux-points et le retrait.',
  en: 'Invalid YAML front matter at this line: check the quotes, colons and indentation.',
};
const TOML: Localized = {
  fr: 'Front matter TOML invalide à cette ligne : vérifiez le signe « = » et les guillemets de la valeur.',
  en: 'Invalid TOML front matter at this line: check the « = » sign and the quotes of the value.',
};

/** A front matter that cannot be read breaks the site's build and hides the title and description. */
export const frontMatterRule: Rule = {
  meta: {
    id: 'front-matter',
    name: { fr: 'Front matter lisible', en: 'Readable front matter' },
    description: {
      fr: 'Le bloc YAML (---) ou TOML (+++) en tête d’article doit être fermé et valide : sinon le générateur de site échoue. Le cas le plus courant en français : un deux-points suivi d’une espace dans une valeur (« title: Voyage en train : le guide ») doit être entre guillemets ; Plume le dit, propose de mettre la valeur entre guillemets, et lit quand même le titre, la description et l’expression clé pour les autres règles. Les messages sont ceux de Plume, dans la langue de l’auteur.',
      en: 'The YAML (---) or TOML (+++) block at the top of the article must be closed and valid: otherwise the site generator fails. The most common case in French: a colon followed by a space inside a value (« title: Voyage en train : le guide ») must be quoted; Plume says so, offers to quote the value, and still reads the title, description and keyphrase for the other rules. Messages are Plume’s own, in the writer’s language.',
    },
    defaultSeverity: 'error',
    weight: 2,
    category: 'structure',
  },
  check(ctx) {
    const fm = ctx.article.frontMatter;
    if (!fm?.error) return [];
    if (fm.error.code === 'colon' && fm.colonValues) {
      return fm.colonValues.map((span): RuleFinding => {
        const key = keyBefore(ctx.article.text, span.start);
        return {
          span,
          message: say(ctx, {
            fr: `Un deux-points suivi d’une espace doit être entre guillemets en YAML : mettez la valeur de « ${key} » entre guillemets.`,
            en: `A colon followed by a space must be quoted in YAML: put the value of « ${key} » in quotes.`,
          }),
          data: { colon: true, key },
        };
      });
    }
    const kind = fm.kind === 'yaml' ? 'YAML' : 'TOML';
    const fence = fm.kind === 'yaml' ? '---' : '+++';
    const message =
      fm.error.code === 'unclosed' || fm.error.message === 'unclosed'
        ? say(ctx, {
            fr: `Front matter ${kind} non fermé : ajoutez une ligne « ${fence} » après le dernier champ.`,
            en: `Unclosed ${kind} front matter: add a « ${fence} » line after the last field.`,
          })
        : say(ctx, fm.kind === 'toml' ? TOML : (YAML_MESSAGES[fm.error.code ?? ''] ?? OTHER_YAML));
    return [{ span: fm.error.span, message, data: { code: fm.error.code ?? 'other' } }];
  },
};

/** The field name at the start of the line holding `offset`. */
function keyBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[^:]*/.exec(text.slice(lineStart, offset))?.[0].trim() ?? '';
}
