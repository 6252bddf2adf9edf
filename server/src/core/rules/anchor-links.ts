import { inPageFragment, pageAnchors } from '../article/anchors';
import type { RuleFinding } from '../base/finding';
import type { Rule } from './rule';
import { say } from './rule';

/** Anchors every page has whatever its headings. */
const ALWAYS = new Set(['top', '']);

export const anchorLinksRule: Rule = {
  meta: {
    id: 'anchor-links',
    name: { fr: 'Liens vers la page même', en: 'In-page links' },
    description: {
      fr: 'Un lien « #ancre » (une table des matières, un renvoi) mène à un titre de la page : l’ancre est faite du texte du titre selon les règles du générateur du site (plume.slugStyle ; `auto` accepte toutes les règles connues) ou donnée par un identifiant explicite (« {#ancre} »). Un lien qui ne mène à aucun titre ne fait rien quand le lecteur clique.',
      en: 'A « #anchor » link (a table of contents, a cross-reference) leads to a heading of the page: the anchor is made from the heading text by the site generator’s rules (plume.slugStyle; `auto` accepts every known rule) or given by an explicit id (« {#anchor} »). A link that leads to no heading does nothing when the reader clicks.',
    },
    defaultSeverity: 'warning',
    category: 'structure',
    options: ['slugStyle'],
  },
  check(ctx) {
    const { article } = ctx;
    const links = article.links.filter((l) => inPageFragment(l) !== undefined);
    if (links.length === 0) return [];
    const anchors = pageAnchors(article, ctx.settings.slugStyle);
    const findings: RuleFinding[] = [];
    for (const link of links) {
      const fragment = inPageFragment(link) ?? '';
      if (ALWAYS.has(fragment.toLowerCase()) || anchors.has(fragment) || anchors.has(fragment.toLowerCase())) continue;
      findings.push({
        span: link.span,
        message: say(ctx, {
          fr: `Le lien « #${fragment} » ne mène à aucun titre de la page : corrigez l’ancre, ou le titre qu’il vise.`,
          en: `The link « #${fragment} » leads to no heading of the page: fix the anchor, or the heading it points to.`,
        }),
        data: { fragment },
      });
    }
    return findings;
  },
};
