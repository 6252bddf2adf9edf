// Measures `title-language` on the human labels of ../shared/corpus/TITLES.tsv:
// French titles wrongly flagged, English titles caught, und titles flagged; and the time per title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot, loadCore, parseTsv } from '../lib/load-core.mjs';

const core = await loadCore();
const rows = parseTsv(readFileSync(join(corpusRoot, 'TITLES.tsv'), 'utf8'));
const verbose = process.argv.includes('--verbose');
const by = { fr: { n: 0, flagged: 0 }, en: { n: 0, flagged: 0 }, und: { n: 0, flagged: 0 } };
core.preloadLanguageDetector();
const started = performance.now();
for (const row of rows) {
  const result = core.identifyTitleLanguage(row.title);
  const flagged = Boolean(result.foreign);
  const s = by[row.label];
  s.n++;
  if (flagged) s.flagged++;
  const wrong = (row.label === 'fr' && flagged) || (row.label === 'en' && !flagged) || (row.label === 'und' && flagged);
  if (verbose || wrong) console.log(`${wrong ? 'WRONG' : 'ok   '} ${row.label} ${flagged ? 'flagged' : 'kept   '} ${row.title}`);
}
const perTitle = ((performance.now() - started) / rows.length) * 1000;
const correct = by.fr.n - by.fr.flagged + by.en.flagged + (by.und.n - by.und.flagged);
console.log(`\nTitles: ${rows.length} (fr ${by.fr.n}, en ${by.en.n}, und ${by.und.n})`);
console.log(`French titles flagged (false alarms): ${by.fr.flagged}/${by.fr.n}`);
console.log(`English titles caught:                ${by.en.flagged}/${by.en.n}`);
console.log(`Names-only (und) titles flagged:      ${by.und.flagged}/${by.und.n}`);
console.log(`Accuracy (fr kept, en flagged, und kept): ${((100 * correct) / rows.length).toFixed(1)} %`);
console.log(`Time: ${perTitle.toFixed(1)} µs per title`);
