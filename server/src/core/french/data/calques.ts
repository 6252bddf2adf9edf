// Calques and false friends of English that machine translation (and hurried writers) leave in
// French, with what French says. General knowledge of translation (Office québécois de la langue
// française, Académie française « Dire, ne pas dire »), not tuned on the corpus. `fix` is given only
// where the replacement is the same whatever the context; `pattern` is matched, case-insensitive,
// on the prose of one block.

import { WORD_END as W, WORD_START as B } from './boundaries';

export interface Calque {
  readonly id: string;
  readonly pattern: RegExp;
  /** What to write instead (shown in the message). */
  readonly french: string;
  /** The English it comes from. */
  readonly english: string;
  /** The replacement of the matched text, when unambiguous (may use $1…). */
  readonly fix?: string;
}

const re = (source: string): RegExp => new RegExp(`${B}${source}${W}`, 'giu');

export const CALQUES: readonly Calque[] = [
  { id: 'faire-sens', pattern: re('faire sens'), french: 'avoir du sens', english: 'to make sense', fix: 'avoir du sens' },
  { id: 'fait-sens', pattern: re('fait sens'), french: 'a du sens', english: 'makes sense', fix: 'a du sens' },
  { id: 'font-sens', pattern: re('font sens'), french: 'ont du sens', english: 'make sense', fix: 'ont du sens' },
  {
    id: 'adresser-probleme',
    pattern: re('adress(?:er|e|es|ent|ons|ez|é|ée|és|ées|ait|aient|era|eront)\\s+(?:un|une|le|la|les|ce|cette|ces|des|leurs?|nos|vos|ses|son|sa)\\s+(?:problèmes?|questions?|enjeux?|défis?|besoins?|préoccupations?|risques?)'),
    french: 'traiter, résoudre, aborder (un problème)',
    english: 'to address an issue',
  },
  {
    id: 'supporter-format',
    pattern: re('support(?:er|e|es|ent|é|ée|és|ées|ait|aient)\\s+(?:le|la|les|l’|l\'|un|une|des|ce|cette|ces)\\s*(?:formats?|fonctions?|fonctionnalités?|navigateurs?|versions?|protocoles?|normes?|standards?|langages?|systèmes?|appareils?|plateformes?)'),
    french: 'prendre en charge, être compatible avec',
    english: 'to support (a format, a feature)',
  },
  { id: 'email-froid', pattern: re('(e-mails?|emails?|courriels?|mails?) à froid'), french: 'e-mails de prospection (non sollicités)', english: 'cold emails', fix: '$1 de prospection' },
  { id: 'appel-froid', pattern: re('appels? à froid'), french: 'démarchage téléphonique', english: 'cold calls' },
  { id: 'embauches-precoces', pattern: re('embauches? précoces?'), french: 'premières recrues, recrues des débuts', english: 'early hires' },
  { id: 'bassin-talents', pattern: re('bassin (de|d’|d\')\\s?(talents|chercheurs|candidats|ingénieurs|experts|main-d’œuvre)'), french: 'vivier de…', english: 'talent pool', fix: 'vivier $1 $2' },
  { id: 'au-milieu-inquietudes', pattern: re('au milieu (?:des|d’|d\')\\s?(inquiétudes|incertitudes|interrogations)'), french: 'sur fond de…', english: 'amid concerns', fix: 'sur fond d’$1' },
  { id: 'au-milieu-craintes', pattern: re('au milieu des (craintes|préoccupations|tensions|rumeurs|spéculations|doutes)'), french: 'sur fond de…', english: 'amid concerns', fix: 'sur fond de $1' },
  { id: 'prendre-place', pattern: re('(?:prend|prendra|prennent|prendront|a pris|ont pris|prendre) place (?:le|en|à|au|dans|du|entre)'), french: 'avoir lieu, se tenir', english: 'to take place' },
  { id: 'etre-en-charge', pattern: re('(?:est|sont|était|étaient|sera|seront|être) en charge (?:de|du|des|d’)'), french: 'être chargé de, être responsable de', english: 'to be in charge of' },
  { id: 'realiser-que', pattern: re('(?:réalis(?:e|es|ent|é|ait|aient|er|ons|ez)) que'), french: 'se rendre compte que, comprendre que', english: 'to realize that' },
  { id: 'initier-projet', pattern: re('initi(?:er|e|es|ent|é|ée|és|ées)\\s+(?:un|une|le|la|les|ce|cette|des)\\s+(?:projets?|démarches?|processus|partenariats?|discussions?|négociations?)'), french: 'lancer, engager, entreprendre', english: 'to initiate a project' },
  { id: 'en-termes-de', pattern: re('en termes de'), french: 'en matière de, pour ce qui est de', english: 'in terms of' },
  { id: 'definitivement', pattern: re('(?:c’est|c\'est|est|sont|serait|seront) définitivement'), french: 'assurément, sans aucun doute', english: 'definitely' },
  { id: 'eventuellement-final', pattern: re('éventuellement,? (?:il|elle|ils|elles|on) (?:a|ont|finit|finissent|a fini|ont fini)'), french: 'finalement, à terme', english: 'eventually' },
  { id: 'sur-une-base', pattern: re('sur une base (quotidienne|hebdomadaire|mensuelle|annuelle|régulière)'), french: 'chaque jour, chaque semaine… ; régulièrement', english: 'on a daily basis' },
  { id: 'appliquer-pour', pattern: re('appliqu(?:er|e|es|ent|é|ait) pour (?:un|une|le|la|ce|cette) (?:poste|emploi|job|bourse|visa|prêt)'), french: 'postuler à, poser sa candidature à', english: 'to apply for' },
  { id: 'etre-confortable', pattern: re('(?:être|est|sont|suis|es|êtes|sommes) confortables? (?:avec|pour|à l’idée)'), french: 'être à l’aise avec', english: 'to be comfortable with' },
  { id: 'opportunite-de', pattern: re('(?:avoir|a|ont|eu) l’opportunité de'), french: 'avoir l’occasion de, la possibilité de', english: 'to have the opportunity to' },
  { id: 'vague-embauche', pattern: re('vague d’embauches?'), french: 'vague de recrutements', english: 'hiring spree', fix: 'vague de recrutements' },
  { id: 'talent-recherche', pattern: re('talents? de recherche'), french: 'chercheurs, équipes de recherche', english: 'research talent' },
];
