import type { Link } from '../article/model';
import type { Rule } from './rule';
import type { RuleFinding } from '../base/finding';
import { articleAnchor, say } from './rule';

/** Outbound: an absolute web address. */
export function isOutbound(link: Link): boolean {
  return link.url !== undefined && /^(?:https?:)?\/\//i.test(link.url);
}

/** Internal: a relative or site-absolute address to another page (not a bare anchor, not mail). */
export function isInternal(link: Link): boolean {
  const url = link.url;
  if (url === undefined || url === '' || url.startsWith('#')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');
}

export const linksRule: Rule = {
  meta: {
    id: 'links',
    name: { fr: 'Liens internes et sortants', en: 'Internal and outbound links' },
    description: {
      fr: 'L’article a au moins un lien interne (adresse relative ou commençant par « / », vers une autre page du site) et au moins un lien sortant (adresse « https:// »). Les liens internes font circuler lecteurs et robots dans le site ; les liens sortants vers des sources fiables appuient le propos.',
      en: 'The article has at least one internal link (a relative address or one starting with « / », to another page of the site) and at least one outbound link (an « https:// » address). Internal links move readers and crawlers through the site; outbound links to reliable sources back the content.',
    },
    defaultSeverity: 'information',
    weight: 1,
    category: 'structure',
  },
  check(ctx) {
    const { article } = ctx;
    if (article.bodyWordCount === 0) return [];
    const findings: RuleFinding[] = [];
    // About the whole article: the report and the status bar show it, not the editor (issue 17), unless
    // plume.articleFindingsInEditor asks for it.
    const anchor = articleAnchor(article);
    if (!article.links.some(isInternal)) {
      findings.push({
        span: anchor,
        message: say(ctx, { fr: 'Aucun lien interne vers une autre page du site.', en: 'No internal link to another page of the site.' }),
        data: { kind: 'internal' },
      });
    }
    if (!article.links.some(isOutbound)) {
      findings.push({
        span: anchor,
        message: say(ctx, { fr: 'Aucun lien sortant vers une source.', en: 'No outbound link to a source.' }),
        data: { kind: 'outbound' },
      });
    }
    return findings;
  },
  metrics(ctx) {
    const l = ctx.article.links;
    return { internalLinks: l.filter(isInternal).length, outboundLinks: l.filter(isOutbound).length };
  },
};
