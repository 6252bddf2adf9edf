// The six assistant tasks: what each asks the model (prompt files under prompts/), how its answer is
// read, what each proposal must pass, and the edit that puts a chosen proposal in place.
import type { Article, Block } from '../article/model';
import type { TextEdit } from '../base/edit';
import type { Localized } from '../base/i18n';
import type { Settings } from '../config/settings';
import { identifyParagraph } from '../french/paragraphLanguage';
import { focusKeyphrase } from '../seo/focusKeyphrase';
import { textWidth } from '../seo/width';
import { charLength } from '../article/plainText';
import { bodySentences } from '../article/body';
import { titleReplacement, salientPhrases } from '../actions/titleProposals';
import { writeDescription } from '../actions/description/frontMatterEdit';
import { computeOutline, lineBreakOf } from '../actions/subheadings/outline';
import { articleFacts, checkDescription, checkDraft, checkHeading, checkRephrasing, checkTitle, checkTranslation, type CheckContext, type Verdict } from './check';
import { bodyExcerpt, bounded } from './excerpt';
import COMMON from './prompts/common.txt';
import TITLE from './prompts/title.txt';
import DESCRIPTION from './prompts/description.txt';
import TRANSLATE from './prompts/translate.txt';
import EXPAND from './prompts/expand.txt';
import HEADINGS from './prompts/headings.txt';
import REPHRASE from './prompts/rephrase.txt';

export const ASSIST_TASKS = ['title', 'description', 'translate', 'expand', 'headings', 'rephrase'] as const;
export type AssistTask = (typeof ASSIST_TASKS)[number];

export function isAssistTask(value: unknown): value is AssistTask {
  return typeof value === 'string' && (ASSIST_TASKS as readonly string[]).includes(value);
}

/** The marks around a drafted section, so that the writer sees what to review (HTML comments are not prose). */
export const DRAFT_START = '<!-- Brouillon rédigé par un modèle de langue : à relire et vérifier avant publication -->';
export const DRAFT_END = '<!-- Fin du brouillon -->';

export interface AssistRequest {
  readonly task: AssistTask;
  readonly article: Article;
  readonly settings: Settings;
  /** Where the writer is (a diagnostic's start, the cursor): picks the paragraph or sentence. */
  readonly offset?: number;
}

export interface Plan {
  readonly task: AssistTask;
  /** The prompt's user message (the system message is prompts/common.txt). */
  readonly system: string;
  readonly prompt: string;
  /** `list`: several short proposals; `single`: one long text. */
  readonly mode: 'list' | 'single';
  /** How many proposals are wanted (the quick pick's length). */
  readonly count: number;
  /** The checks, given the proposals accepted so far (headings must differ from each other). */
  check(text: string, accepted: readonly string[]): Verdict;
  /** The edit that applies one proposal (`index`: its place in the answer, for headings). */
  edit(text: string, index: number): TextEdit | undefined;
  /** Shown beside a proposal: « 512 px », « 148 caractères ». */
  detail(text: string): string;
  /** For headings: one proposal per section, in order (the answer's n-th string names the n-th section). */
  readonly slots?: number;
}

export type PlanResult = { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly message: Localized };

function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)).replace(/\n{3,}/g, '\n\n').trim();
}

function headingList(article: Article): string {
  const list = article.headings.filter((h) => h.level >= 2).map((h) => h.text);
  return list.length > 0 ? list.slice(0, 30).map((h) => `« ${h} »`).join(', ') : '(aucun)';
}

function keyphraseLine(article: Article, settings: Settings, what: string): string {
  const key = focusKeyphrase({ article, settings });
  return key ? `${what} contient l’expression clé « ${key.text} ».` : '';
}

const fail = (fr: string, en: string): PlanResult => ({ ok: false, message: { fr, en } });

/** The prose block at `offset`, or the first one not in French. */
function foreignBlock(article: Article, offset: number | undefined): Block | undefined {
  const prose = (b: Block, i: number) => i !== article.titleBlock && (b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'quote') && b.wordEnd > b.wordStart;
  if (offset !== undefined) {
    const at = article.blocks.find((b, i) => prose(b, i) && b.span.start <= offset && offset <= b.span.end);
    if (at) return at;
  }
  return article.blocks.find((b, i) => prose(b, i) && identifyParagraph(article.masked.slice(b.span.start, b.span.end)) !== 'fr' && identifyParagraph(article.masked.slice(b.span.start, b.span.end)) !== 'und');
}

/** A list mark or quote mark at the start of a block, kept when its text is replaced. */
function blockPrefix(text: string): string {
  return /^\s*(?:(?:[-*+]|\d+[.)])\s+|>\s?)/.exec(text)?.[0] ?? '';
}

export function planTask(request: AssistRequest): PlanResult {
  const { article, settings, task } = request;
  const ctx: CheckContext = { article, settings, facts: articleFacts(article) };
  const title = article.title?.text ?? '(aucun)';
  switch (task) {
    case 'title': {
      const count = 5;
      return {
        ok: true,
        plan: {
          task, system: COMMON, mode: 'list', count,
          prompt: fill(TITLE, { count, title, headings: headingList(article), keyphrase: keyphraseLine(article, settings, 'Chaque titre'), excerpt: bodyExcerpt(article, 2500) }),
          check: (text) => checkTitle(text, ctx),
          edit: (text) => titleReplacement(article, text),
          detail: (text) => `${Math.round(textWidth(text, 20))} px`,
        },
      };
    }
    case 'description': {
      const count = 3;
      const field = settings.frontMatter.descriptionField;
      return {
        ok: true,
        plan: {
          task, system: COMMON, mode: 'list', count,
          prompt: fill(DESCRIPTION, { count, title, keyphrase: keyphraseLine(article, settings, 'Chaque description'), excerpt: bodyExcerpt(article, 4000) }),
          check: (text) => checkDescription(text, ctx),
          edit: (text) => writeDescription(article, field, text, { replace: true, titleKey: article.title?.field }),
          detail: (text) => `${charLength(text)} car.`,
        },
      };
    }
    case 'translate': {
      const block = foreignBlock(article, request.offset);
      if (!block) return fail('Aucun paragraphe à traduire ici.', 'No paragraph to translate here.');
      const raw = article.text.slice(block.span.start, block.span.end);
      const prefix = blockPrefix(raw);
      const source = raw.slice(prefix.length);
      if (source.length > 6000) return fail('Ce paragraphe est trop long pour être traduit d’un coup.', 'This paragraph is too long to translate at once.');
      return {
        ok: true,
        plan: {
          task, system: COMMON, mode: 'single', count: 1,
          prompt: fill(TRANSLATE, { title, excerpt: source }),
          check: (text) => checkTranslation(text, source, ctx),
          edit: (text) => ({ start: block.span.start + prefix.length, end: block.span.end, newText: text.trim() }),
          detail: (text) => `${charLength(text)} car.`,
        },
      };
    }
    case 'rephrase': {
      const max = settings.readability.maxSentenceWords;
      const sentences = bodySentences(article);
      const long = sentences.filter((s) => s.wordEnd - s.wordStart > max);
      const offset = request.offset;
      const sentence =
        (offset !== undefined ? long.find((s) => s.start <= offset && offset <= s.end) : undefined) ??
        long.reduce<(typeof long)[number] | undefined>((a, s) => (!a || s.wordEnd - s.wordStart > a.wordEnd - a.wordStart ? s : a), undefined);
      if (!sentence) return fail(`Aucune phrase de plus de ${max} mots.`, `No sentence over ${max} words.`);
      const source = article.text.slice(sentence.start, sentence.end);
      if (source.includes('\n\n') || source.length > 3000) return fail('Cette phrase ne peut pas être reformulée d’un bloc.', 'This sentence cannot be reworded as one block.');
      const block = article.blocks.find((b) => b.span.start <= sentence.start && sentence.end <= b.span.end);
      const context = block ? bounded(article.text.slice(block.span.start, block.span.end), 2000) : source;
      const count = 3;
      return {
        ok: true,
        plan: {
          task, system: COMMON, mode: 'list', count,
          prompt: fill(REPHRASE, { count, maxWords: max, excerpt: source.replace(/\s+/g, ' '), context: context.replace(/\s+/g, ' ') }),
          check: (text) => checkRephrasing(text, source, ctx),
          edit: (text) => ({ start: sentence.start, end: sentence.end, newText: text }),
          detail: (text) => `${(text.match(/[\p{L}\p{N}]+/gu) ?? []).length} mots`,
        },
      };
    }
    case 'headings': {
      const outline = computeOutline(article, settings.maxWordsPerSection);
      if (outline.length === 0) return fail('Aucune section à nommer : les passages sans intertitre sont assez courts.', 'No section to name: the stretches without a heading are short enough.');
      const eol = lineBreakOf(article.text);
      const per = Math.max(300, Math.floor(5000 / outline.length));
      const sections = outline.map((e, k) => {
        const next = outline[k + 1]?.offset;
        const nextHeading = article.headings.find((h) => h.span.start > e.offset)?.span.start;
        const end = Math.min(next ?? article.text.length, nextHeading ?? article.text.length);
        return `Section ${k + 1} :\n${bodyExcerpt(article, per, e.offset, end)}`;
      });
      return {
        ok: true,
        plan: {
          task, system: COMMON, mode: 'list', count: outline.length, slots: outline.length,
          prompt: fill(HEADINGS, { count: outline.length, title, headings: headingList(article), excerpt: sections.join('\n\n') }),
          check: (text, accepted) => checkHeading(text, ctx, accepted),
          edit: (text, index) => {
            const e = outline[index];
            return e ? { start: e.offset, end: e.offset, newText: `${'#'.repeat(e.level)} ${text}${eol}${eol}` } : undefined;
          },
          detail: (text) => `${(text.match(/[\p{L}\p{N}]+/gu) ?? []).length} mots`,
        },
      };
    }
    case 'expand': {
      const missing = settings.minWords - article.bodyWordCount;
      if (missing <= 0) return fail('L’article atteint déjà le nombre de mots minimal.', 'The article already has the minimum number of words.');
      const need = Math.min(missing, 500);
      const eol = lineBreakOf(article.text);
      const phrases = salientPhrases(article, 6).map((p) => `« ${p.surface} »`);
      return {
        ok: true,
        plan: {
          task, system: COMMON, mode: 'single', count: 1,
          prompt: fill(EXPAND, {
            words: article.bodyWordCount, minWords: settings.minWords, missing: need + 30, title, headings: headingList(article),
            hints: phrases.length > 0 ? `Notions importantes de l’article : ${phrases.join(', ')}.` : '',
            excerpt: bodyExcerpt(article, 5000),
          }),
          check: (text) => checkDraft(text, ctx, need),
          edit: (text) => {
            const end = article.text.length;
            const lead = article.text.endsWith(eol + eol) ? '' : article.text.endsWith(eol) ? eol : eol + eol;
            const body = text.trim().replace(/\r?\n/g, eol);
            return { start: end, end, newText: `${lead}${DRAFT_START}${eol}${eol}${body}${eol}${eol}${DRAFT_END}${eol}` };
          },
          detail: (text) => `${(text.match(/[\p{L}\p{N}]+/gu) ?? []).length} mots`,
        },
      };
    }
  }
}
