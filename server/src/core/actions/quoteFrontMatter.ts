// Quotes a front-matter value written with « : » inside (`title: Voyage en train : le guide`), the
// invalid YAML French writers make: the value itself is kept, character for character.
import type { Finding } from '../base/finding';
import type { TextEdit } from '../base/edit';
import { quoteYamlValue } from '../article/frontMatter';
import type { Article } from '../article/model';
import type { Action, ActionContext, EagerActionProvider } from './action';

function quoteEdit(article: Article, span: { start: number; end: number }): TextEdit {
  return { start: span.start, end: span.end, newText: quoteYamlValue(article.text.slice(span.start, span.end)) };
}

export const quoteFrontMatterActions: EagerActionProvider = {
  id: 'quoteFrontMatter',
  fixes(ctx: ActionContext, finding: Finding): readonly Action[] {
    const fm = ctx.article.frontMatter;
    if (finding.ruleId !== 'front-matter' || finding.data?.colon !== true || !fm?.colonValues) return [];
    const fr = ctx.locale === 'fr';
    const actions: Action[] = [
      {
        id: 'quoteFrontMatterValue',
        title: fr ? 'Mettre la valeur entre guillemets' : 'Put the value in quotes',
        kind: 'quickfix',
        edits: [quoteEdit(ctx.article, finding.span)],
        isPreferred: true,
        finding,
      },
    ];
    if (fm.colonValues.length > 1) {
      actions.push({
        id: 'quoteFrontMatterValues',
        title: fr ? 'Mettre entre guillemets toutes les valeurs avec « : »' : 'Quote every value holding « : »',
        kind: 'quickfix',
        edits: fm.colonValues.map((s) => quoteEdit(ctx.article, s)),
        finding,
      });
    }
    return actions;
  },
};
