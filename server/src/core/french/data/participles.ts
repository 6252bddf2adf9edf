// Past participles for the passive voice, written for Plume (folded, masculine singular).

/** Participles that do not end in -é: third-group verbs and second-group verbs in -i. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  (
    // -i (second group and a few others)
    'fini choisi reussi saisi suivi poursuivi servi accompli etabli garanti investi averti converti rempli reuni ' +
    'enrichi agrandi affaibli ralenti trahi nourri gueri bati accueilli cueilli recueilli ' +
    'envahi franchi fourni embelli approfondi elargi saisi subi applaudi arrondi assoupli blanchi durci ' +
    'epanoui fleuri grossi jailli maigri mini noirci obei pali puni rafraichi ravi refroidi rougi sali ' +
    'vieilli adouci aboli amorti assaini banni bondi cheri compati ' +
    'etourdi fini garni honni meurtri nanti muni pourri reagi reflechi regi reverdi ' +
    // -it, -is, -ert, -int, -u, -os, -ous
    'dit ecrit fait conduit construit produit traduit reduit detruit inscrit decrit prescrit introduit instruit ' +
    'induit deduit seduit cuit satisfait defait refait contrefait interdit predit maudit ' +
    'mis pris compris appris surpris admis permis promis soumis transmis acquis conquis requis assis emis remis ' +
    'demis compromis omis commis repris entrepris epris ' +
    'ouvert offert couvert decouvert recouvert souffert entrouvert ' +
    'peint craint atteint eteint joint rejoint contraint plaint feint teint astreint restreint ' +
    'vu prevu revu entrevu lu elu relu su pu du bu cru connu reconnu meconnu vendu rendu perdu entendu attendu ' +
    'repondu defendu etendu tendu suspendu confondu fondu pendu tenu obtenu retenu soutenu maintenu contenu ' +
    'detenu entretenu recu apercu decu concu percu battu abattu combattu debattu mordu tordu cousu exclu inclus ' +
    'conclu resolu dissous absous voulu valu prevalu couru parcouru secouru paru apparu disparu vetu revetu ' +
    'interrompu rompu corrompu vaincu convaincu mu emu promu clos eclos inclu'
  ).split(' '),
);

/**
 * Participles of verbs conjugated with « être » in the active voice (« elle est partie », « il est
 * devenu »): after « être » they are a compound tense, not a passive.
 */
export const ACTIVE_ETRE_PARTICIPLES: ReadonlySet<string> = new Set(
  (
    'alle venu devenu revenu parvenu survenu intervenu provenu parti reparti sorti ressorti arrive entre rentre ' +
    'reste tombe retombe ne mort monte descendu passe retourne decede apparu'
  ).split(' '),
);
