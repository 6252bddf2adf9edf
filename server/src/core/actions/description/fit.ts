import { charLength } from '../../article/plainText';
import { agreementErrors, badEnding, phraseTokens } from '../../french/lexicon/phrase';
import { analyses } from '../../french/lexicon/lexicon';

const CLITICS = new Set(['je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'se', "s'", 'ne', "n'", 'me', "m'", 'te', "t'", 'le', 'la', 'les', 'lui', 'leur', 'y', 'en', "c'", 'ce', 'qui']);

/**
 * Whether a stretch of words holds a conjugated verb (lexicon): a word that can only be one, or a verb
 * form that could also be a noun right after a subject or object pronoun (« il charge »).
 */
export function hasFiniteVerb(text: string): boolean {
  const words = phraseTokens(text).map((w) => w.toLowerCase().replace(/[’ʼ]/g, "'"));
  return words.some((w, i) => {
    const all = analyses(w);
    if (!all.some((a) => a.pos === 'verb')) return false;
    return all.every((a) => a.pos === 'verb' || a.pos === 'pastParticiple' || a.pos === 'adverb') || CLITICS.has(words[i - 1] ?? '');
  });
}

/** Openings of a subordinate clause: what follows them cannot stand as a sentence alone. */
const SUBORDINATE = /^(?:si|s'|quand|lorsque?|lorsqu'|puisque?|puisqu'|comme|bien qu|parce qu|alors qu|tandis qu|maintenant qu|dès qu|pour qu|afin qu|avant qu|après qu|depuis qu|même si|sans qu|pour ceux|pour celles|quoique?|au fur et à mesure qu|à mesure qu|tant qu|dès lors qu|jusqu'à ce qu|de sorte qu|pendant qu|sauf si|à moins qu|une fois qu|chaque fois qu|si bien qu|étant donné qu|vu qu|parce qu|sachant qu)/iu;

/** Whether a cut sentence is still a main clause that ends well. */
function standsAlone(head: string): boolean {
  const words = phraseTokens(head);
  if (words.length < 6 || !hasFiniteVerb(head)) return false;
  if (SUBORDINATE.test(head.trim().replace(/[’ʼ]/g, "'"))) return false;
  if (badEnding(words[words.length - 1]) !== undefined) return false;
  // A coordination left hanging: the last conjunct after « et » or « mais » has no verb of its own.
  const conjunct = /\s(?:et|mais|puis|ou|car|donc)\s([^,;:]*)$/u.exec(head);
  if (conjunct && (!hasFiniteVerb(conjunct[1]) || SUBORDINATE.test(conjunct[1].replace(/[’ʼ]/g, "'")) || /^étant donné/u.test(conjunct[1]))) return false;
  return (head.match(/[«(]/g) ?? []).length === (head.match(/[»)]/g) ?? []).length;
}

function endSentence(text: string): string {
  return `${text.replace(/[\s,;:—–-]+$/u, '')}.`;
}

/**
 * Shorter forms of one sentence that are still whole sentences: without its parentheticals, without an
 * apposition between commas, without its trailing clauses (cut at a comma, semicolon or colon, when
 * what is left still has its verb and does not end on a function word). Longest first.
 */
export function shorterForms(sentence: string): string[] {
  const out = new Set<string>();
  const final = /([.!?])["»”)]?$/.exec(sentence)?.[0] ?? '.';
  const noParens = sentence.replace(/\s*\([^()]*\)/g, '').replace(/\s+[—–]\s[^—–]+?\s[—–](?=[\s,.])/g, '').replace(/\s+([,.])/g, '$1');
  const bases = noParens !== sentence ? [noParens, sentence] : [sentence];
  for (const base of bases) {
    if (base !== sentence) out.add(base);
    // An apposition: « X, short phrase without a verb, verb… ».
    const appos = /^([^,]{3,}),\s([^,]{3,60}),\s(.+)$/u.exec(base);
    if (appos && !hasFiniteVerb(appos[2]) && hasFiniteVerb(appos[3])) out.add(`${appos[1]} ${appos[3]}`);
    // Trailing clauses, from the last cut backwards.
    const body = base.replace(/[.!?]["»”)]?$/u, '');
    const cuts = [...body.matchAll(/\s*[,;:]\s/gu)].map((m) => m.index ?? 0).reverse();
    for (const cut of cuts) {
      const head = body.slice(0, cut);
      if (!standsAlone(head)) continue;
      // Not inside an enumeration (« comme Google, Opera, Firefox »): what follows the cut is not a bare name or noun.
      const after = body.slice(cut).replace(/^\s*[,;:]\s*/u, '');
      if (/^[^,;:]{0,25},/u.test(after) && !hasFiniteVerb(after.split(',')[0])) continue;
      out.add(final === '?' || final === '!' ? `${head}${final}` : endSentence(head));
    }
  }
  return [...out].filter((s) => agreementErrors(s).length === 0).sort((a, b) => charLength(b) - charLength(a));
}
