// A Hunspell-compatible checker reduced to what the French dictionary (dictionary-fr, Grammalecte's
// « classique » variant) uses: long flags, prefixes and suffixes with conditions and continuation
// flags, NEEDAFFIX, FORBIDDENWORD, REP and TRY for suggestions. Words are found by stripping affixes
// at lookup time, as Hunspell does, instead of expanding every form: nspell expands them and needs
// ~7 s and ~450 MB for this dictionary, this reads it in a fraction of a second (see docs/rules.md).
// Pure: it is given the texts of the .aff and .dic files.
import { detached } from '../../base/memo';
import { readStems, type StemEntry } from './stems';

const NOT_A_STEM: StemEntry = -1;
const NO_FLAGS: ReadonlySet<string> = new Set();

interface Affix {
  readonly flag: string;
  /** What the word shows (`add`) and what the stem had instead (`strip`). */
  readonly add: string;
  readonly strip: string;
  /** The condition on the stem (at its end for suffixes, its start for prefixes), or undefined for `.`. */
  readonly condition?: RegExp;
  /** Continuation flags: prefixes a suffixed form still accepts (`0 s/D'Q'`). */
  readonly next: ReadonlySet<string>;
  readonly crossProduct: boolean;
}

export interface Hunspell {
  /** Whether the word (one token, apostrophes of either kind) is spelt right. */
  correct(word: string): boolean;
  /** Up to `max` spellings the dictionary accepts, closest first. */
  suggest(word: string, max?: number): string[];
  /** Stems read from the .dic file (for the load figures). */
  readonly size: number;
}

/** Flags are stored as strings of two-character units: a one-character flag is padded with a space. */
function flagsOf(text: string, long: boolean): string[] {
  const out: string[] = [];
  if (long) for (let i = 0; i + 1 < text.length; i += 2) out.push(text.slice(i, i + 2));
  else for (const c of text) out.push(`${c} `.slice(0, 2));
  return out;
}

/** The first line that sets FLAG: `long` (two characters each) or the default, one character each. */
function longFlags(affText: string): boolean {
  return /^FLAG\s+long\b/m.test(affText);
}

/**
 * The condition as a regular expression, one per distinct condition: the French file's ~5 600 affixes
 * have ~240 conditions, and each RegExp holds its compiled code once used.
 */
function conditionRegExp(condition: string, suffix: boolean, known: Map<string, RegExp>): RegExp | undefined {
  if (condition === '.' || condition === '') return undefined;
  const source = suffix ? `${condition}$` : `^${condition}`;
  let regExp = known.get(source);
  if (!regExp) known.set(source, (regExp = new RegExp(source, 'u')));
  return regExp;
}

/** Reads the two files; flags of one character (the default) or two (`FLAG long`, as the French dictionary has). */
export function readHunspell(affText: string, dicText: string): Hunspell {
  const long = longFlags(affText);
  const flag1 = (f: string): string => (long ? f : `${f} `.slice(0, 2));
  const suffixes = new Map<string, Affix[]>();
  const prefixes = new Map<string, Affix[]>();
  const rep: [string, string][] = [];
  let tryChars = '';
  let needAffix = '\u0000\u0000';
  let forbidden = '';
  let noSuggest = '';
  const crossProduct = new Map<string, boolean>();
  const conditions = new Map<string, RegExp>();
  let maxSuffix = 0;
  let maxPrefix = 0;
  for (const raw of affText.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const parts = line.split(/\s+/);
    switch (parts[0]) {
      case 'TRY':
        tryChars = parts[1] ?? '';
        break;
      case 'NEEDAFFIX':
        needAffix = flag1(parts[1] ?? needAffix);
        break;
      case 'FORBIDDENWORD':
        forbidden = flag1(parts[1] ?? '');
        break;
      case 'NOSUGGEST':
        noSuggest = flag1(parts[1] ?? '');
        break;
      case 'REP':
        if (parts.length >= 3) rep.push([parts[1].replace(/_/g, ' '), parts[2].replace(/_/g, ' ')]);
        break;
      case 'SFX':
      case 'PFX': {
        const suffix = parts[0] === 'SFX';
        if (parts.length === 4 && /^\d+$/.test(parts[3])) {
          crossProduct.set(`${parts[0]}${parts[1]}`, parts[2] === 'Y');
          break;
        }
        if (parts.length < 5) break;
        const [, flag, strip, addAndFlags, condition] = parts;
        const slash = addAndFlags.indexOf('/');
        const add = slash === -1 ? addAndFlags : addAndFlags.slice(0, slash);
        const affix: Affix = {
          flag: flag1(flag),
          strip: strip === '0' ? '' : strip,
          add: add === '0' ? '' : add,
          condition: conditionRegExp(condition, suffix, conditions),
          // Most affixes have none: one empty set for all of them (thousands of affixes in the French file).
          next: slash === -1 ? NO_FLAGS : new Set(flagsOf(addAndFlags.slice(slash + 1), long)),
          crossProduct: crossProduct.get(`${parts[0]}${flag}`) ?? false,
        };
        const table = suffix ? suffixes : prefixes;
        const list = table.get(affix.add);
        if (list) list.push(affix);
        else table.set(affix.add, [affix]);
        if (suffix) maxSuffix = Math.max(maxSuffix, affix.add.length);
        else maxPrefix = Math.max(maxPrefix, affix.add.length);
        break;
      }
      default:
        break;
    }
  }

  // Stem → its flags, looked up in the .dic text itself (see stems.ts).
  const stems = readStems(dicText, long);
  const hasFlag = stems.hasFlag;

  /** The stem alone, no affix. */
  const bare = (word: string): boolean => {
    const flags = stems.find(word);
    return flags !== NOT_A_STEM && !hasFlag(flags, needAffix) && !(forbidden && hasFlag(flags, forbidden));
  };

  /** A suffixed form; `prefix` is the prefix already stripped, whose flag the stem or the suffix must allow. */
  const suffixed = (word: string, prefix?: Affix): boolean => {
    const top = Math.min(maxSuffix, word.length);
    for (let n = 0; n <= top; n++) {
      const list = suffixes.get(word.slice(word.length - n));
      if (!list) continue;
      const base = word.slice(0, word.length - n);
      for (const s of list) {
        if (prefix && !s.crossProduct) continue;
        const stem = base + s.strip;
        if (stem === '') continue;
        if (s.condition && !s.condition.test(stem)) continue;
        const flags = stems.find(stem);
        if (flags === NOT_A_STEM || !hasFlag(flags, s.flag)) continue;
        if (forbidden && hasFlag(flags, forbidden)) continue;
        if (prefix && !hasFlag(flags, prefix.flag) && !s.next.has(prefix.flag)) continue;
        return true;
      }
    }
    return false;
  };

  const prefixed = (word: string): boolean => {
    const top = Math.min(maxPrefix, word.length);
    for (let n = 1; n <= top; n++) {
      const list = prefixes.get(word.slice(0, n));
      if (!list) continue;
      for (const p of list) {
        const rest = p.strip + word.slice(n);
        if (rest === '') continue;
        if (p.condition && !p.condition.test(rest)) continue;
        const flags = stems.find(rest);
        if (flags !== NOT_A_STEM && hasFlag(flags, p.flag) && !(forbidden && hasFlag(flags, forbidden))) return true;
        if (suffixed(rest, p)) return true;
        // A prefix whose own continuation asks for a suffix (`d'/S.`): the rest only has to be a word.
        if (p.next.size > 0 && (bare(rest) || suffixed(rest))) return true;
      }
    }
    return false;
  };

  const known = (word: string): boolean => bare(word) || suffixed(word) || prefixed(word);

  const cache = new Map<string, boolean>();
  const correct = (input: string): boolean => {
    const word = input.replace(/[’ʼ]/g, "'");
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    let ok = known(word);
    if (!ok) {
      const lower = word.toLowerCase();
      // « Entreprise » at a sentence start, « ENTREPRISE » in a heading.
      if (lower !== word) ok = known(lower) || known(lower[0].toUpperCase() + lower.slice(1));
    }
    if (cache.size > 20000) cache.clear();
    // Detached: a word sliced from the text would keep that whole version of the document alive.
    cache.set(detached(word), ok);
    return ok;
  };

  const suggest = (input: string, max = 5): string[] => {
    const word = input.replace(/[’ʼ]/g, "'");
    const out: string[] = [];
    const seen = new Set<string>([word]);
    const offer = (candidate: string): boolean => {
      if (seen.has(candidate)) return false;
      seen.add(candidate);
      if (!correct(candidate)) return false;
      const flags = stems.find(candidate);
      if (noSuggest && flags !== NOT_A_STEM && hasFlag(flags, noSuggest)) return false;
      out.push(candidate);
      return out.length >= max;
    };
    // The likeliest slips first: the dictionary's own replacement table (accents), then one edit.
    for (const [from, to] of rep) {
      const anchored = from.startsWith('^') || from.endsWith('$');
      if (anchored) continue;
      for (let at = word.indexOf(from); at !== -1; at = word.indexOf(from, at + 1)) {
        if (offer(word.slice(0, at) + to + word.slice(at + from.length))) return out;
      }
    }
    const chars = [...new Set(tryChars)].filter((c) => c === c.toLowerCase() || /\p{Lu}/u.test(word[0] ?? ''));
    // A left-out letter first (the commonest slip: « développment »), then a wrong one, two swapped,
    // one too many.
    for (let i = 0; i <= word.length; i++) {
      for (const c of chars) if (offer(word.slice(0, i) + c + word.slice(i))) return out;
    }
    for (let i = 0; i < word.length; i++) {
      for (const c of chars) if (c !== word[i] && offer(word.slice(0, i) + c + word.slice(i + 1))) return out;
    }
    for (let i = 0; i + 1 < word.length; i++) {
      if (offer(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return out;
    }
    for (let i = 0; i < word.length; i++) if (offer(word.slice(0, i) + word.slice(i + 1))) return out;
    // Two words run together (« Métac’est », « delaplus »).
    for (let i = 2; i <= word.length - 2; i++) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      if (correct(left) && correct(right) && !seen.has(`${left} ${right}`)) {
        seen.add(`${left} ${right}`);
        out.push(`${left} ${right}`);
        if (out.length >= max) return out;
      }
    }
    return out;
  };

  // VS Code asks for code actions at every cursor move: the suggestions of a word (a few ms to tens of
  // ms each: hundreds of candidates checked) are computed once, not at each request.
  const suggestions = new Map<string, readonly string[]>();
  const remembered = (input: string, max = 5): string[] => {
    const key = `${max}\u0000${input}`;
    let found = suggestions.get(key);
    if (!found) {
      found = suggest(input, max);
      if (suggestions.size >= 2000) suggestions.clear();
      suggestions.set(detached(key), found);
    }
    return [...found];
  };

  return { correct, suggest: remembered, size: stems.size };
}
