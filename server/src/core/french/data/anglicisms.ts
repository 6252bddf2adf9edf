// Anglicisms a French SEO text avoids when French has a word in common use, with that word
// (Commission d'enrichissement de la langue française, FranceTerme; OQLF). Only words and phrases whose
// French equivalents are current: « startup », « e-mail » or « newsletter », now ordinary French, are
// not listed. `pattern` is matched case-insensitive on one block's prose; the writer silences a word
// by adding it to `plume.words`.

import { WORD_END as W, WORD_START as B } from './boundaries';

export interface Anglicism {
  /** The word as the writer silences it in `plume.words` (lower case). */
  readonly word: string;
  readonly pattern: RegExp;
  readonly french: string;
}

const re = (source: string): RegExp => new RegExp(`${B}(?:${source})${W}`, 'giu');

export const ANGLICISMS: readonly Anglicism[] = [
  { word: 'big tech', pattern: re('big tech'), french: 'les géants de la tech, les grandes entreprises technologiques' },
  { word: 'lazy loading', pattern: re('lazy[- ]?load(?:ing|ée?s?|er|é|és)?'), french: 'chargement différé (« chargées à la demande »)' },
  { word: 'deadline', pattern: re('deadlines?'), french: 'date limite, échéance' },
  { word: 'feedback', pattern: re('feedbacks?'), french: 'retour, avis' },
  { word: 'meeting', pattern: re('meetings?'), french: 'réunion' },
  { word: 'brainstorming', pattern: re('brainstormings?'), french: 'remue-méninges' },
  { word: 'best practices', pattern: re('best practices?'), french: 'bonnes pratiques' },
  { word: 'use case', pattern: re('use cases?'), french: 'cas d’usage' },
  { word: 'workflow', pattern: re('workflows?'), french: 'flux de travail, processus' },
  { word: 'roadmap', pattern: re('roadmaps?'), french: 'feuille de route' },
  { word: 'checklist', pattern: re('check-?lists?'), french: 'liste de contrôle, liste de vérification' },
  { word: 'crowdfunding', pattern: re('crowdfunding'), french: 'financement participatif' },
  { word: 'fake news', pattern: re('fake news'), french: 'infox, fausses informations' },
  { word: 'early adopters', pattern: re('early adopters?'), french: 'premiers utilisateurs' },
  { word: 'cold email', pattern: re('cold[- ]e?mails?'), french: 'e-mail de prospection' },
  { word: 'growth hacking', pattern: re('growth hacking'), french: 'piratage de croissance, marketing de croissance' },
  { word: 'insights', pattern: re('insights'), french: 'enseignements, éclairages' },
  { word: 'skills', pattern: re('soft skills|hard skills'), french: 'compétences humaines, compétences techniques' },
  { word: 'process', pattern: re('(?:le|un|du|ce|les|des|nos|vos|leurs?) process'), french: 'processus, procédure' },
  { word: 'customer', pattern: re('customer (?:success|care|journey|experience)'), french: 'relation client, parcours client, expérience client' },
  { word: 'benchmark', pattern: re('benchmarks?'), french: 'étude comparative, banc d’essai' },
  { word: 'team building', pattern: re('team[- ]building'), french: 'cohésion d’équipe' },
  { word: 'coworking', pattern: re('co-?working'), french: 'espace de travail partagé, cotravail' },
  { word: 'news', pattern: re('(?:les|des|nos) news'), french: 'actualités, nouvelles' },
  { word: 'updater', pattern: re('updat(?:er|é|ée|és|ées)'), french: 'mettre à jour' },
  { word: 'forwarder', pattern: re('forward(?:er|é|ée)'), french: 'transférer' },
  { word: 'booster', pattern: re('boost(?:er|e|es|ent|é|ée|és|ées)\\s+(?:vos|votre|ses|son|sa|leurs?|le|la|les)'), french: 'stimuler, renforcer, accroître' },
  { word: 'impacter', pattern: re('impact(?:er|e|ent|é|ée|és|ées|ait|aient)'), french: 'avoir une incidence sur, toucher, affecter' },
];
