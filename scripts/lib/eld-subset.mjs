// An esbuild plugin that bundles the language detector's n-gram database (eld, extra-small) reduced
// to the languages Plume chooses among (CANDIDATE_LANGUAGES in server/src/core/french/language.ts),
// as one JSON string parsed at load time. The full database is a ~1 MB object literal of 60
// languages: evaluating it took ~0.35 s and ~80 MB of memory; the subset, parsed from JSON, takes
// ~25 ms and ~7 MB. The scores of the kept languages are unchanged: eld adds up each language's own
// n-gram weights, and the detector only ever reports those languages (setLanguageSubset).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LANGUAGE_SOURCE = join(repoRoot, 'server', 'src', 'core', 'french', 'language.ts');

/** The detector's candidate languages, read from the core's source so that there is one list. */
export function candidateLanguages() {
  const m = /CANDIDATE_LANGUAGES\s*=\s*\[([^\]]*)\]\s*as const/.exec(readFileSync(LANGUAGE_SOURCE, 'utf8'));
  const languages = m ? [...m[1].matchAll(/'([a-z]{2})'/g)].map((x) => x[1]) : [];
  if (languages.length === 0) throw new Error(`eld-subset: CANDIDATE_LANGUAGES not found in ${LANGUAGE_SOURCE}`);
  return languages;
}

/** The database `data` with only the n-gram weights of `languages` (language ids and names kept). */
export function subsetNgrams(data, languages) {
  const ids = new Set(Object.keys(data.languages).filter((id) => languages.includes(data.languages[id])));
  if (ids.size !== languages.length) throw new Error(`eld-subset: the database lacks some of ${languages.join(', ')}`);
  const ngrams = {};
  for (const [ngram, weights] of Object.entries(data.ngrams)) {
    let kept;
    for (const id in weights) {
      if (ids.has(id)) (kept ??= {})[id] = weights[id];
    }
    if (kept) ngrams[ngram] = kept;
  }
  return { ...data, ngrams };
}

/**
 * The subset's JSON, made in a child process: an imported module stays in memory for good, and the
 * full database kept ~23 MB alive in every process that bundles the core (the benchmarks among them,
 * whose heap figures it inflated). Once per process and file.
 */
const subsets = new Map();
function subsetJson(path) {
  let json = subsets.get(path);
  if (json === undefined) {
    const script = `import { subsetNgrams } from ${JSON.stringify(import.meta.url)};
const { ngramsData } = await import(${JSON.stringify(pathToFileURL(path).href)});
process.stdout.write(JSON.stringify(subsetNgrams(ngramsData, ${JSON.stringify(candidateLanguages())})));`;
    json = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    subsets.set(path, json);
  }
  return json;
}

export function eldSubsetPlugin() {
  return {
    name: 'eld-subset',
    setup(build) {
      build.onLoad({ filter: /[\\/]eld[\\/]src[\\/]ngrams[\\/]extrasmall\.js$/ }, (args) => {
        // JSON.parse of one string is far cheaper for V8 than a large object literal.
        return { contents: `export const ngramsData = JSON.parse(${JSON.stringify(subsetJson(args.path))});\n`, loader: 'js' };
      });
    },
  };
}
