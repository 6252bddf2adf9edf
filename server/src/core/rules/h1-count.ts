import type { Rule } from './rule';
import type { RuleFinding } from '../base/finding';
import { say } from './rule';
import { renderedLevel } from '../config/settings';

export const h1CountRule: Rule = {
  meta: {
    id: 'h1-count',
    name: { fr: 'Un seul titre H1', en: 'Single H1' },
    description: {
      fr: 'Une page a un seul titre de niveau 1. Quand le titre vient du front matter, le thème l’affiche en H1 : un « # » dans le corps en fait alors un second, même s’il répète le titre. Les parties de l’article se titrent en « ## ».',
      en: 'A page has a single level-1 heading. When the title comes from the front matter, the theme renders it as an H1: a « # » in the body is then a second one, even when it repeats the title. Sections of the article use « ## ».',
    },
    defaultSeverity: 'warning',
    weight: 2,
    category: 'structure',
    options: ['headingOffset'],
  },
  check(ctx) {
    const { article } = ctx;
    // With a heading offset (plume.headingOffset) a body « # » renders lower: only real H1s count.
    const h1s = article.headings.filter((h) => renderedLevel(h.level, ctx.settings) === 1);
    const fromFrontMatter = article.title?.source === 'frontMatter';
    // The first body H1 is the page's H1 unless the front matter already gives one.
    const extra = fromFrontMatter ? h1s : h1s.slice(1);
    const titleText = article.title?.text.trim().toLowerCase();
    return extra.map((h): RuleFinding => {
      const repeats = fromFrontMatter && h.text.trim().toLowerCase() === titleText;
      return {
        span: h.textSpan,
        message: repeats
          ? say(ctx, {
              fr: 'Ce « # » répète le titre du front matter, que le thème affiche déjà en H1 : supprimez-le.',
              en: 'This « # » repeats the front-matter title, which the theme already renders as an H1: remove it.',
            })
          : say(ctx, {
              fr: 'Second titre de niveau 1 : une page n’a qu’un H1, passez celui-ci en « ## ».',
              en: 'Second level-1 heading: a page has only one H1, make this one « ## ».',
            }),
        data: { repeatsTitle: repeats },
      };
    });
  },
};
