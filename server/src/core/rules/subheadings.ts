import type { Article, Block } from '../article/model';
import { formatNumber } from '../base/i18n';
import type { FindingOf, RuleFinding } from '../base/finding';
import type { RuleOf } from './rule';
import { firstLine, say } from './rule';
import { renderedLevel, type Settings } from '../config/settings';

/** Articles shorter than this need no subheading at all. */
const MIN_WORDS_FOR_SUBHEADINGS = 300;

/** An H2 or H3 as the site renders it (after plume.headingOffset). */
function isSectionHeading(article: Article, block: Block, settings: Settings): boolean {
  if (block.kind !== 'heading' || block.headingIndex === undefined) return false;
  const level = renderedLevel(article.headings[block.headingIndex].level, settings);
  return level === 2 || level === 3;
}

/** `whole`: the article has no subheading at all (the fix outlines all of it), else one long section. */
export type SubheadingsData = { readonly words: number; readonly whole: boolean };
export type SubheadingsFinding = FindingOf<'subheadings', SubheadingsData>;

export const subheadingsRule: RuleOf<SubheadingsFinding> = {
  meta: {
    id: 'subheadings',
    name: { fr: 'Intertitres', en: 'Subheadings' },
    description: {
      fr: 'Un article de plus de 300 mots est découpé par des intertitres « ## » : les lecteurs parcourent, les moteurs de recherche lisent la structure. Toute section de plus de plume.maxWordsPerSection mots (300 par défaut) sans intertitre H2 ou H3 est signalée là où elle commence.',
      en: 'An article over 300 words is divided by « ## » subheadings: readers skim and search engines read the structure. Any stretch of more than plume.maxWordsPerSection words (300 by default) without an H2 or H3 heading is reported where it starts.',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'structure',
    options: ['maxWordsPerSection', 'headingOffset'],
  },
  check(ctx) {
    const { article, settings, locale } = ctx;
    const max = settings.maxWordsPerSection;
    // The mark the writer types for a rendered H2 / H3.
    const h2 = '#'.repeat(Math.max(1, 2 - settings.headingOffset));
    const h3 = '#'.repeat(Math.max(1, 3 - settings.headingOffset));
    const hasH2 = article.headings.some((h) => renderedLevel(h.level, settings) === 2);
    if (!hasH2) {
      if (article.bodyWordCount <= MIN_WORDS_FOR_SUBHEADINGS) return [];
      const first = firstProseBlock(article, 0);
      if (!first) return [];
      return [
        {
          span: firstLine(article, first.span),
          message: say(ctx, {
            fr: `Aucun intertitre « ${h2} » dans un article de ${formatNumber(article.bodyWordCount, locale)} mots : découpez-le en sections.`,
            en: `No « ${h2} » subheading in an article of ${formatNumber(article.bodyWordCount, locale)} words: divide it into sections.`,
          }),
          data: { words: article.bodyWordCount, whole: true },
        },
      ];
    }
    const findings: RuleFinding<SubheadingsData>[] = [];
    let stretchStart: Block | undefined;
    let words = 0;
    const close = (): void => {
      if (stretchStart && words > max) {
        findings.push({
          span: firstLine(article, stretchStart.span),
          message: say(ctx, {
            fr: `${formatNumber(words, locale)} mots sans intertitre (plus de ${formatNumber(max, locale)}) : ajoutez un « ${h2} » ou un « ${h3} » dans cette section.`,
            en: `${formatNumber(words, locale)} words without a subheading (more than ${formatNumber(max, locale)}): add a « ${h2} » or « ${h3} » in this section.`,
          }),
          data: { words, whole: false },
        });
      }
      stretchStart = undefined;
      words = 0;
    };
    article.blocks.forEach((block, index) => {
      if (index === article.titleBlock) return;
      if (isSectionHeading(article, block, settings)) {
        close();
        return;
      }
      if (block.kind === 'heading') return;
      const n = block.wordEnd - block.wordStart;
      if (n === 0) return;
      stretchStart ??= block;
      words += n;
    });
    close();
    return findings;
  },
};

function firstProseBlock(article: Article, from: number): Block | undefined {
  for (let i = from; i < article.blocks.length; i++) {
    const b = article.blocks[i];
    if (i !== article.titleBlock && b.kind !== 'heading' && b.wordEnd > b.wordStart) return b;
  }
  return undefined;
}
