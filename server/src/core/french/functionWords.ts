// Word lists written for Plume (folded: lower case, no accents, straight apostrophe).

/** French function words: articles, pronouns, prepositions, conjunctions, common auxiliaries. */
export const FRENCH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'le la les un une des du de au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ' +
    'je tu il elle nous vous ils elles on se me te lui y en qui que quoi dont ou et mais donc or ni car ' +
    'dans pour par sur sous avec sans chez vers entre depuis pendant avant apres selon contre parmi malgre ' +
    'est sont etait etaient sera seront ete etre ont avait avoir fait faire peut peuvent doit ' +
    'ne pas plus tres tout tous toute toutes aussi comme quand comment pourquoi ou quel quelle quels quelles ' +
    'cela ceci ca celui celle ceux celles lorsque puisque si sinon deja encore jamais toujours ici voici voila'
  ).split(' '),
);

/**
 * English words that are not also French words, so that their presence is evidence for English
 * (« on », « as », « a » are left out: they are French too).
 */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the of and to for with your you yours how what why when where which who whom whose is are was were be been being ' +
    'an we our ours us they their them this that these those it its from by at or my mine his her hers ' +
    'into onto about over under will would can could should shall do does did done not no yes all any some ' +
    'more most has have had get gets getting make makes making new here there than then just only also ' +
    "i'm we've we're you're it's don't can't won't let's"
  ).split(' '),
);

/** Elided French words (l’, d’, qu’…) at the start of a folded word. */
export const FRENCH_ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'\p{L}/u;

/** Letters with French diacritics (lower case). */
export const FRENCH_DIACRITICS = /[éèêëàâîïôûùüçœæ]/;
