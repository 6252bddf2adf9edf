// What a request sends and to whom, shown to the writer before the first request goes out.
import type { Localized } from '../base/i18n';
import type { Plan } from './tasks';

const PARTS: Readonly<Record<Plan['task'], Localized>> = {
  title: { fr: 'le titre, les intertitres et le début de l’article', en: 'the title, the headings and the start of the article' },
  description: { fr: 'le titre et le texte de l’article', en: 'the title and the text of the article' },
  translate: { fr: 'le titre et le paragraphe à traduire', en: 'the title and the paragraph to translate' },
  rephrase: { fr: 'la phrase à reformuler et son paragraphe', en: 'the sentence to reword and its paragraph' },
  headings: { fr: 'le titre, les intertitres et le texte des sections à nommer', en: 'the title, the headings and the text of the sections to name' },
  expand: { fr: 'le titre, les intertitres et le texte de l’article', en: 'the title, the headings and the text of the article' },
};

/** « Plume enverra à http://127.0.0.1:11434/v1 (llama3.2) : le titre… (2 345 caractères). » */
export function describeRequest(plan: Plan, to: string): Localized {
  const size = plan.system.length + plan.prompt.length;
  const parts = PARTS[plan.task];
  return {
    fr: `Plume enverra à ${to} : ${parts.fr}, avec les consignes (${size} caractères en tout). Ni nom de fichier, ni autre article, ni télémétrie.`,
    en: `Plume will send to ${to}: ${parts.en}, with the instructions (${size} characters in all). No file name, no other article, no telemetry.`,
  };
}
