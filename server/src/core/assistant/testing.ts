// Helpers for the assistant's tests: an article to work on and a scripted fake model (not used by the product).
import { parseArticle } from '../article/parse';
import { normalizeSettings, type Settings } from '../config/settings';
import type { Article } from '../article/model';
import { AssistantError, type ChatMessage, type ChatModel, type ChatOptions } from './model';

/** A French article with an English paragraph, a long sentence, a keyphrase and too few words. */
export const ARTICLE = `---
title: "Talents en IA : the big tech battle"
keyphrase: talents en IA
---

Les grandes entreprises technologiques se livrent une bataille acharnée pour attirer les talents en IA. Les candidats peuvent obtenir jusqu’à 1 million de dollars, selon The Verge.

Mark Zuckerberg et Sergey Brin ont lancé des appels personnels aux chercheurs, et les dirigeants de Google comme ceux de Meta multiplient les offres, les primes et les promesses de moyens de calcul pour garder leurs meilleurs ingénieurs face à la concurrence.

The competition for workers has led to aggressive attempts to poach researchers from rival companies.

Les chercheurs en IA sont rares. Les entreprises les recrutent tôt. Les salaires montent vite.
`;

export function article(text = ARTICLE): Article {
  return parseArticle(text, { titleFields: normalizeSettings({}).frontMatter.titleFields });
}

export function settings(raw: Record<string, unknown> = {}): Settings {
  return normalizeSettings({ locale: 'fr', ...raw });
}

export type Reply = string | ((messages: readonly ChatMessage[], options: ChatOptions) => Promise<string> | string);

/** A model that gives the scripted replies in order and records what it was sent. */
export class FakeModel implements ChatModel {
  readonly label = 'fake model';
  readonly calls: ChatMessage[][] = [];
  constructor(private readonly replies: Reply[]) {}
  async complete(messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<string> {
    this.calls.push([...messages]);
    const reply = this.replies.shift();
    if (reply === undefined) throw new AssistantError('unavailable', 'no more scripted replies');
    const text = typeof reply === 'string' ? reply : await reply(messages, options);
    options.onText?.(text);
    return text;
  }
}
