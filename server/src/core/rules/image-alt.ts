import type { Rule } from './rule';
import { say } from './rule';

export const imageAltRule: Rule = {
  meta: {
    id: 'image-alt',
    name: { fr: 'Texte alternatif des images', en: 'Image alternative text' },
    description: {
      fr: 'Chaque image a un texte alternatif (`![texte](image.png)` ou `<img alt="texte">`) : il est lu aux personnes qui ne voient pas l’image, affiché quand elle ne charge pas, et indexé par la recherche d’images.',
      en: 'Every image has an alternative text (`![text](image.png)` or `<img alt="text">`): it is read to people who cannot see the image, shown when it fails to load, and indexed by image search.',
    },
    defaultSeverity: 'warning',
    weight: 1,
    category: 'structure',
  },
  check(ctx) {
    return ctx.article.images
      .filter((img) => img.alt === '')
      .map((img) => ({
        span: img.span,
        message: say(ctx, {
          fr: 'Image sans texte alternatif : décrivez-la entre les crochets.',
          en: 'Image without alternative text: describe it between the brackets.',
        }),
        data: { source: img.source },
      }));
  },
  metrics(ctx) {
    return { images: ctx.article.images.length, imagesWithoutAlt: ctx.article.images.filter((i) => i.alt === '').length };
  },
};
