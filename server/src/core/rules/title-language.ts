import { identifyTitleLanguage } from '../french/language';
import { languageName } from '../french/languageNames';
import type { FindingOf } from '../base/finding';
import type { RuleOf } from './rule';
import { say } from './rule';

/** Where the foreign part of the title lies in its text, for « keep the French part ». */
export type TitleLanguageData = { readonly language: string; readonly whole: boolean; readonly foreignStart: number; readonly foreignEnd: number };
export type TitleLanguageFinding = FindingOf<'title-language', TitleLanguageData>;

export const titleLanguageRule: RuleOf<TitleLanguageFinding> = {
  meta: {
    id: 'title-language',
    name: { fr: 'Titre en français', en: 'French title' },
    description: {
      fr: 'Le titre doit être en français. Un titre mixte — une consigne en anglais collée au titre français, comme dans un article brut — est signalé sur sa partie non française. Les titres faits seulement de noms, de marques, de sigles ou de nombres ne le sont pas.',
      en: 'The title must be in French. A mixed title — an English instruction glued to the French title, as in raw pasted material — is flagged on its non-French part. Titles made only of names, brands, acronyms or numbers are not flagged.',
    },
    defaultSeverity: 'warning',
    weight: 3,
    category: 'language',
  },
  check(ctx) {
    const title = ctx.article.title;
    if (!title || title.text.trim() === '') return [];
    const result = identifyTitleLanguage(title.text);
    if (!result.foreign) return [];
    const { foreign } = result;
    const lang = say(ctx, languageName(foreign.language));
    const part = title.text.slice(foreign.start, foreign.end);
    const whole = foreign.start === 0 && foreign.end === title.text.length;
    // Point at the foreign part when the title's text maps onto the document one to one.
    const exact = title.span.end - title.span.start === title.text.length;
    const span = exact ? { start: title.span.start + foreign.start, end: title.span.start + foreign.end } : title.span;
    const message = whole
      ? say(ctx, { fr: `Titre en ${lang}, pas en français.`, en: `Title in ${lang}, not in French.` })
      : say(ctx, {
          fr: `Partie du titre en ${lang} : « ${part} ». Gardez seulement la partie française.`,
          en: `Part of the title is in ${lang}: « ${part} ». Keep only the French part.`,
        });
    return [{ span, message, data: { language: foreign.language, whole, foreignStart: foreign.start, foreignEnd: foreign.end } }];
  },
};
