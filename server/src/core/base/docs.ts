/** Where each rule is documented; a rule's anchor is its id (`#keyphrase-density`). */
export const RULE_DOCS_URL = 'https://github.com/plume-seo/plume/blob/main/docs/rules.md';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_URL}#${ruleId}`;
}
