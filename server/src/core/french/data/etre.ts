// Forms of « être », written for Plume (folded). Singular and plural forms are told apart so that the
// participle's agreement can be checked.

export const ETRE_SINGULAR: ReadonlySet<string> = new Set(
  'suis es est etais etait serai seras sera serais serait sois soit fus fut fut'.split(' '),
);

export const ETRE_PLURAL: ReadonlySet<string> = new Set(
  'sommes etes sont etions etiez etaient serons serez seront serions seriez seraient soyons soyez soient fumes futes furent'.split(' '),
);

/** Forms that take no agreement information: « a été construit », « ont été construits », « être construit ». */
export const ETRE_NEUTRAL: ReadonlySet<string> = new Set(['ete', 'etre', 'etant']);

/** Adverbs and negations that may stand between « être » and the participle (« est souvent utilisé »). */
export const BETWEEN_ETRE_AND_PARTICIPLE: ReadonlySet<string> = new Set(
  (
    'pas plus jamais point guere tres souvent bien mal deja toujours aussi moins encore tout toute parfois rarement ' +
    'egalement generalement largement vite rapidement entierement totalement partiellement desormais alors donc ainsi meme'
  ).split(' '),
);
