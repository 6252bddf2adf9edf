// The focus keyphrase the writer set in the front matter, matched as the keyphrase rules match it.
import { findTextField } from '../article/frontMatter';
import type { Article, FrontMatterField } from '../article/model';
import type { Settings } from '../config/settings';
import { KeyphraseMatcher } from '../french/keyphrase';

export interface FocusKeyphrase {
  readonly text: string;
  readonly field: FrontMatterField;
  readonly matcher: KeyphraseMatcher;
}

const keyphraseCache = new WeakMap<Article, Map<string, FocusKeyphrase | null>>();

/** The focus keyphrase from the front matter (`plume.frontMatter.keyphraseFields`), if any. */
export function focusKeyphrase(ctx: { readonly article: Article; readonly settings: Settings }): FocusKeyphrase | undefined {
  const fields = ctx.settings.frontMatter.keyphraseFields;
  const key = fields.join('\u0000');
  let byFields = keyphraseCache.get(ctx.article);
  if (!byFields) keyphraseCache.set(ctx.article, (byFields = new Map()));
  let found = byFields.get(key);
  if (found === undefined) {
    const raw = findTextField(ctx.article.frontMatter, fields);
    const text = raw?.text.trim() ?? '';
    const matcher = new KeyphraseMatcher(text);
    found = raw && !matcher.isEmpty ? { text, field: raw.field, matcher } : null;
    byFields.set(key, found);
  }
  return found ?? undefined;
}
