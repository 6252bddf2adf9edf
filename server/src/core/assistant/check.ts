// The checks every proposal passes before the writer sees it: the same knowledge as the rules (widths,
// language identification, keyphrase matching, description length), plus what only a model gets wrong
// (commentary and Markdown leaking into the text, numbers and names it made up).
import type { Article } from '../article/model';
import type { Localized } from '../base/i18n';
import { foldWord } from '../base/letters';
import type { Settings } from '../config/settings';
import { identifyTitleLanguage } from '../french/language';
import { FRENCH_FUNCTION_WORDS } from '../french/functionWords';
import { identifyParagraph } from '../french/paragraphLanguage';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from '../seo/description';
import { focusKeyphrase } from '../seo/focusKeyphrase';
import { textWidth } from '../seo/width';
import { plainInline, charLength } from '../article/plainText';

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly reason: Localized };

const OK: Verdict = { ok: true };
const no = (fr: string, en: string): Verdict => ({ ok: false, reason: { fr, en } });

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+|[-‐][\p{L}\p{N}]+)*/gu;

/** The words of the article, folded, and its numbers without separators: what a proposal may cite. */
export interface ArticleFacts {
  readonly words: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
}

const factsCache = new WeakMap<Article, ArticleFacts>();

const NUMBER = /\d(?:[\d\u00a0\u202f .,]*\d)?/g;

/**
 * A number's forms: « 1 500 », « 1.500 » and « 1500 » all give « 1500 »; « 1,5 » gives « 15 »; a
 * list caught as one run (« 6, 7 et 8 ») gives each part.
 */
function numberForms(n: string): { whole: string; parts: string[] } {
  const whole = n.replace(/\D/g, '');
  const parts = n.split(/[,.]?[\s\u00a0\u202f]+/).map((p) => p.replace(/\D/g, '')).filter((d) => d !== '');
  return { whole, parts };
}

function numbersOf(text: string): string[] {
  return (text.match(NUMBER) ?? []).flatMap((n) => {
    const { whole, parts } = numberForms(n);
    return [whole, ...parts];
  });
}

function foldToken(word: string): string {
  return foldWord(word).replace(/^(?:l|d|qu|s|n|j|m|t|c|jusqu|lorsqu|puisqu)'/, '');
}

export function articleFacts(article: Article): ArticleFacts {
  let facts = factsCache.get(article);
  if (!facts) {
    const words = new Set<string>();
    for (const w of article.text.match(WORD) ?? []) {
      const f = foldToken(w);
      words.add(f);
      for (const part of f.split(/[-‐]/)) words.add(part);
    }
    facts = { words, numbers: new Set(numbersOf(article.text)) };
    factsCache.set(article, facts);
  }
  return facts;
}

/** Numbers and names in `text` that the article does not hold. */
export function inventedFacts(text: string, facts: ArticleFacts): string[] {
  const out: string[] = [];
  for (const n of text.match(NUMBER) ?? []) {
    const { whole, parts } = numberForms(n);
    if (facts.numbers.has(whole) || (parts.length > 1 && parts.every((d) => facts.numbers.has(d)))) continue;
    // « 18.0 » for « 18 »: the version's zeros add nothing.
    if (/[.,]0+$/.test(n) && facts.numbers.has(n.replace(/[.,]0+$/, '').replace(/\D/g, ''))) continue;
    out.push(n.trim());
  }
  // A name: a capitalised word that does not start a sentence, an acronym, or a word with an inner
  // capital (« iPhone »). Sentence starts are skipped: any word may be capitalised there.
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    // Digits are numbers (above); a lone letter (« Q&R ») is no name.
    if (/\d/.test(w) || w.length < 2) continue;
    const raw = text.slice(0, m.index);
    const before = raw.replace(/[\s\u00a0\u202f«“"(’'#*>-]+$/u, '');
    const sentenceStart = before === '' || /[.!?…]$/.test(before) || /\n[\s#*>-]*$/.test(raw);
    const capital = /^\p{Lu}/u.test(w);
    const inner = /.\p{Lu}/u.test(w);
    if (!inner && (!capital || sentenceStart)) continue;
    const f = foldToken(w);
    // After a colon or a dash a capital may start a clause (« Talents en IA : Pourquoi… »).
    if (!inner && /[:—–]$/.test(before) && FRENCH_FUNCTION_WORDS.has(f)) continue;
    if (facts.words.has(f) || f.split(/[-‐]/).every((p) => facts.words.has(p))) continue;
    out.push(w);
  }
  return [...new Set(out)];
}

/** Markdown or HTML in a one-line proposal: emphasis, code, links, tags, headings, list marks. */
const INLINE_MARKUP = /\*\*|__|`|\[[^\]]*\]\(|<\/?[a-z][^>]*>|^\s*(?:#{1,6}|[-*+]|\d+[.)])\s/i;
const COMMENTARY = /^(?:voici|voilà|here|sure|certainly|bien sûr|en tant qu|as an ai|je ne peux|i cannot|i can't|désolé|sorry)\b/i;

function common(text: string, facts: ArticleFacts, oneLine: boolean): Verdict {
  if (text.trim() === '') return no('la proposition est vide', 'the proposal is empty');
  if (COMMENTARY.test(text.trim())) return no('la proposition commente au lieu de répondre', 'the proposal comments instead of answering');
  if (oneLine && /\n/.test(text)) return no('la proposition tient sur plusieurs lignes', 'the proposal runs over several lines');
  if (oneLine && INLINE_MARKUP.test(text)) return no('la proposition contient du Markdown ou du HTML', 'the proposal holds Markdown or HTML');
  if (/(^|\n)\s*(`{3}|~{3})/.test(text)) return no('la proposition contient un bloc de code', 'the proposal holds a code block');
  const invented = inventedFacts(text, facts);
  if (invented.length > 0) {
    const list = invented.slice(0, 3).join(', ');
    return no(`« ${list} » ne figure pas dans l’article (fait inventé)`, `« ${list} » is not in the article (invented fact)`);
  }
  return OK;
}

function french(text: string): Verdict {
  const language = identifyParagraph(text);
  if (language === 'fr') return OK;
  return no(language === 'und' ? 'la langue de la proposition n’est pas reconnue comme du français' : `la proposition n’est pas en français (${language})`,
    language === 'und' ? 'the proposal is not recognised as French' : `the proposal is not French (${language})`);
}

export interface CheckContext {
  readonly article: Article;
  readonly settings: Settings;
  readonly facts: ArticleFacts;
}

export function checkTitle(text: string, ctx: CheckContext): Verdict {
  const c = common(text, ctx.facts, true);
  if (!c.ok) return c;
  const px = Math.round(textWidth(text, 20));
  const { titleMaxPx, titleMinPx } = ctx.settings.serp;
  if (px > titleMaxPx) return no(`le titre fait ${px} px, au-delà de ${titleMaxPx} px`, `the title is ${px} px wide, over ${titleMaxPx} px`);
  if (px < titleMinPx) return no(`le titre fait ${px} px, en deçà de ${titleMinPx} px`, `the title is ${px} px wide, under ${titleMinPx} px`);
  const lang = identifyTitleLanguage(text);
  if (lang.language !== 'fr' || lang.foreign) return no('le titre n’est pas entièrement en français', 'the title is not all French');
  if (ctx.article.title && foldWord(ctx.article.title.text) === foldWord(text)) return no('le titre est celui de l’article', 'the title is the current one');
  const key = focusKeyphrase(ctx);
  if (key && !key.matcher.matches(text)) return no(`le titre ne contient pas l’expression clé « ${key.text} »`, `the title lacks the keyphrase « ${key.text} »`);
  return OK;
}

export function checkDescription(text: string, ctx: CheckContext): Verdict {
  const c = common(text, ctx.facts, true);
  if (!c.ok) return c;
  const n = charLength(text);
  if (n < DESCRIPTION_MIN || n > DESCRIPTION_MAX) {
    return no(`la description fait ${n} caractères, hors de ${DESCRIPTION_MIN} à ${DESCRIPTION_MAX}`, `the description is ${n} characters long, outside ${DESCRIPTION_MIN}–${DESCRIPTION_MAX}`);
  }
  return french(text);
}

/** A heading: one line, unique among the article's headings and `others`, no final punctuation. */
export function checkHeading(text: string, ctx: CheckContext, others: readonly string[] = []): Verdict {
  const c = common(text, ctx.facts, true);
  if (!c.ok) return c;
  if (/[.:;,!?…]$/.test(text.trim())) return no('l’intertitre finit par une ponctuation', 'the heading ends with punctuation');
  const words = text.match(WORD) ?? [];
  if (words.length > 12) return no(`l’intertitre fait ${words.length} mots`, `the heading is ${words.length} words long`);
  const key = foldWord(text.trim());
  if (ctx.article.headings.some((h) => foldWord(h.text.trim()) === key) || others.some((o) => foldWord(o.trim()) === key)) {
    return no('l’intertitre existe déjà', 'the heading already exists');
  }
  const lang = identifyTitleLanguage(text);
  if (lang.foreign || (lang.language !== 'fr' && lang.language !== 'und')) return no('l’intertitre n’est pas en français', 'the heading is not French');
  return OK;
}

/** A translated paragraph: French, about as long as the original, no block-level Markdown. */
export function checkTranslation(text: string, source: string, ctx: CheckContext): Verdict {
  const c = common(text, ctx.facts, false);
  if (!c.ok) return c;
  if (/\n\s*\n/.test(text.trim()) || /(^|\n)\s*#{1,6}\s/.test(text)) return no('la traduction ne tient pas en un paragraphe', 'the translation is not one paragraph');
  const ratio = charLength(text) / Math.max(1, charLength(source));
  if (ratio > 2 || ratio < 0.5) return no('la traduction n’a pas la longueur du paragraphe d’origine', 'the translation is not as long as the original');
  return french(plainInline(text));
}

/** A reworded sentence: French, every sentence under the limit, not the original. */
export function checkRephrasing(text: string, source: string, ctx: CheckContext): Verdict {
  const c = common(text, ctx.facts, true);
  if (!c.ok) return c;
  if (foldWord(text.trim()) === foldWord(source.trim())) return no('la phrase n’a pas changé', 'the sentence is unchanged');
  const max = ctx.settings.readability.maxSentenceWords;
  for (const sentence of text.split(/(?<=[.!?…])\s+/)) {
    const n = (sentence.match(WORD) ?? []).length;
    if (n > max) return no(`une phrase fait encore ${n} mots (au plus ${max})`, `a sentence still has ${n} words (at most ${max})`);
  }
  return french(text);
}

/** A drafted section: a `##` heading that passes `checkHeading`, French paragraphs, enough words. */
export function checkDraft(text: string, ctx: CheckContext, minWords: number): Verdict {
  const c = common(text, ctx.facts, false);
  if (!c.ok) return c;
  const lines = text.trim().split(/\r?\n/);
  const head = /^##\s+(.+)$/.exec(lines[0].trim());
  if (!head) return no('la section ne commence pas par un intertitre « ## »', 'the section does not start with a « ## » heading');
  const h = checkHeading(head[1].trim(), ctx);
  if (!h.ok) return h;
  const body = lines.slice(1).join('\n');
  if (/(^|\n)\s*#\s/.test(body)) return no('la section contient un titre de niveau 1', 'the section holds a level-1 heading');
  const words = (plainInline(body).match(WORD) ?? []).length;
  if (words < minWords) return no(`la section fait ${words} mots, il en faut ${minWords}`, `the section has ${words} words, ${minWords} are needed`);
  if (words > minWords * 3 + 300) return no(`la section fait ${words} mots, bien plus que demandé`, `the section has ${words} words, far more than asked`);
  for (const paragraph of body.split(/\n\s*\n/)) {
    const p = plainInline(paragraph);
    if ((p.match(WORD) ?? []).length < 8) continue;
    const f = french(p);
    if (!f.ok) return f;
  }
  return OK;
}
