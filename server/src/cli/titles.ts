import { proposeTitles, type TitleCandidate } from '../core/actions/titleProposals';
import { parseArticle, type Settings } from '../core';

/** The titles « propose titles » offers for `text`: 3 to 5, under 600 px, best first. */
export function titlesOf(text: string, settings: Settings): TitleCandidate[] {
  const article = parseArticle(text, { titleFields: settings.frontMatter.titleFields });
  return proposeTitles(article, settings);
}

/** `plume titles [--format json] FILE`: one title per line (with its width), or the JSON list. */
export function printTitles(text: string, settings: Settings, format: 'text' | 'json'): number {
  const titles = titlesOf(text, settings);
  if (format === 'json') process.stdout.write(JSON.stringify(titles, null, 2) + '\n');
  else for (const t of titles) process.stdout.write(`${t.text}\t${t.width} px\n`);
  return titles.length > 0 ? 0 : 1;
}
