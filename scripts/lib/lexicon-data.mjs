// An esbuild plugin that bundles Plume's French lexicon as one compact string, built at bundle time
// from three Lefff-derived packages (data under the LGPL-LR, the Lefff's licence):
//   - lefff-helper (nouns.json: inflected noun → lemma; adjectives.json: inflected adjective → lemma),
//   - french-words-gender-lefff (words.json: noun lemma → gender),
//   - french-verbs-lefff (conjugations.json: verb lemma → every conjugated form).
// The module `plume-french-lexicon` exports `LEXICON_DATA`, one line per word form in sorted order,
// front-coded: a character giving how many leading characters the form shares with the previous
// line ('0' + n), the rest of the form, a tab, then its analyses separated by ','. An analysis is
// three letters (part of speech, gender or tense, number) and, when the lemma differs from the form,
// the count of characters to strip from the form and the letters to add (« chevaux » → `Nmp3al`).
// Parts of speech: N noun, A adjective, V conjugated verb (second letter: Lefff tense code), W
// infinitive, K past participle, G present participle. Gender: m, f, e (either or unknown). Number:
// s, p, i (invariable). The core decodes it on first use (server/src/core/french/lexicon/).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const readJson = (spec) => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));

/** How many characters to strip from `form` and what to add to get `lemma` (empty when equal). */
function lemmaDelta(form, lemma) {
  if (form === lemma) return '';
  const a = [...form];
  const b = [...lemma];
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return `${a.length - k}${b.slice(k).join('')}`;
}

/** Gender and number of an inflected adjective, from how it differs from its masculine singular lemma. */
function adjectiveMarks(form, lemma) {
  const epicene = /e$/.test(lemma);
  const invariableNumber = /[sxz]$/.test(lemma);
  if (form === lemma) return epicene ? `e${invariableNumber ? 'i' : 's'}` : `m${invariableNumber ? 'i' : 's'}`;
  if (/es$/.test(form) && !epicene) return 'fp';
  if (/e$/.test(form) && !epicene) return 'fs';
  if (/[sx]$/.test(form)) return epicene ? 'ep' : 'mp';
  return 'es';
}

/** Number of a noun form from its lemma: the lemma is the singular (or the form is invariable). */
function nounNumber(form, lemma) {
  if (form === lemma) return /[sxz]$/.test(form) ? 'i' : 's';
  return /[sx]$/.test(form) ? 'p' : 's';
}

/** Lines between two forms spelt in full (see the core's look-up). */
const RESTART = 32;

/** « VPs3er,VSs3er » → « VPSs3er »: the tenses of one lemma and number share an analysis. */
function mergeVerbs(analyses) {
  const verbs = new Map();
  const out = [];
  for (const a of analyses.sort()) {
    const m = /^V([A-Z])([sp])(.*)$/.exec(a);
    if (!m) out.push(a);
    else verbs.set(`${m[2]}${m[3]}`, (verbs.get(`${m[2]}${m[3]}`) ?? '') + m[1]);
  }
  for (const [rest, tenses] of verbs) out.push(`V${tenses}${rest}`);
  return out;
}

let built;

/** The lexicon's text (built once per process: the three builds of esbuild.mjs share it). */
export function buildLexicon() {
  built ??= build();
  return built;
}

function build() {
  const nouns = readJson('lefff-helper/resources_pub/nouns.json');
  const adjectives = readJson('lefff-helper/resources_pub/adjectives.json');
  const genders = readJson('french-words-gender-lefff/dist/words.json');
  const verbs = readJson('french-verbs-lefff/dist/conjugations.json');
  /** @type {Map<string, Set<string>>} */
  const entries = new Map();
  const add = (form, analysis) => {
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(form)) return; // lower-case words only: names and acronyms are recognised by their capitals
    let set = entries.get(form);
    if (!set) entries.set(form, (set = new Set()));
    set.add(analysis);
  };
  for (const [form, lemma] of Object.entries(nouns)) {
    if (typeof lemma !== 'string' || /[_ ]/.test(lemma)) continue;
    const g = genders[form] ?? genders[lemma];
    const gender = g === 'M' ? 'm' : g === 'F' ? 'f' : 'e';
    add(form, `N${gender}${nounNumber(form, lemma)}${lemmaDelta(form, lemma)}`);
  }
  for (const [form, [lemma, participle]] of Object.entries(adjectives)) {
    if (participle || typeof lemma !== 'string' || /[_ ]/.test(lemma)) continue; // participles come from the verbs
    add(form, `A${adjectiveMarks(form, lemma)}${lemmaDelta(form, lemma)}`);
  }
  const PERSON_NUMBER = ['s', 's', 's', 'p', 'p', 'p'];
  const PARTICIPLE_MARKS = ['ms', 'mp', 'fs', 'fp'];
  for (const [lemma, table] of Object.entries(verbs)) {
    if (/[_ ]/.test(lemma)) continue;
    for (const [tense, forms] of Object.entries(table)) {
      forms.forEach((form, i) => {
        if (form === 'NA' || !form) return;
        if (tense === 'W') add(form, `Wei${lemmaDelta(form, lemma)}`);
        else if (tense === 'G') add(form, `Gei${lemmaDelta(form, lemma)}`);
        else if (tense === 'K') add(form, `K${PARTICIPLE_MARKS[i]}${lemmaDelta(form, lemma)}`);
        else add(form, `V${tense}${PERSON_NUMBER[i]}${lemmaDelta(form, lemma)}`);
      });
    }
  }
  const forms = [...entries.keys()].sort();
  let previous = '';
  const lines = [];
  forms.forEach((form, i) => {
    let k = 0;
    // Every RESTART-th line spells its form in full, so that a look-up can start there.
    const max = i % RESTART === 0 ? 0 : Math.min(previous.length, form.length, 74);
    while (k < max && previous[k] === form[k]) k++;
    lines.push(`${String.fromCharCode(48 + k)}${form.slice(k)}\t${mergeVerbs([...entries.get(form)]).join(',')}`);
    previous = form;
  });
  return lines.join('\n');
}

export function lexiconPlugin() {
  return {
    name: 'plume-french-lexicon',
    setup(build) {
      build.onResolve({ filter: /^plume-french-lexicon$/ }, () => ({ path: 'plume-french-lexicon', namespace: 'plume-lexicon' }));
      build.onLoad({ filter: /.*/, namespace: 'plume-lexicon' }, () => ({
        contents: `export const LEXICON_DATA = ${JSON.stringify(buildLexicon())};\n`,
        loader: 'js',
      }));
    },
  };
}
