// One assistant request: the prompt, the model's answer read into proposals, every proposal checked,
// the failures sent back once with their reasons, and what is left turned into edits. Pure apart from
// the injected model, so the whole flow runs in unit tests with a fake.
import type { TextEdit } from '../base/edit';
import type { Localized } from '../base/i18n';
import type { ChatMessage, ChatModel, ChatOptions } from './model';
import { parseList, parseSingle } from './parse';
import { planTask, type AssistRequest, type AssistTask, type Plan } from './tasks';
import RETRY from './prompts/retry.txt';

export interface Proposal {
  readonly text: string;
  /** « 512 px », « 148 car. » */
  readonly detail: string;
  readonly edit: TextEdit;
}

export interface Rejected {
  readonly text: string;
  readonly reason: Localized;
}

export interface AssistOutcome {
  readonly task: AssistTask;
  /** Proposals that passed every check, in the model's order. */
  readonly proposals: readonly Proposal[];
  /** Proposals dropped after the retry, with why. */
  readonly rejected: readonly Rejected[];
  /** Every message sent, for the record the writer can read. */
  readonly messages: readonly ChatMessage[];
  /** How many requests were made (1, or 2 with the retry). */
  readonly rounds: number;
}

export type AssistResult = { readonly ok: true; readonly outcome: AssistOutcome } | { readonly ok: false; readonly message: Localized };

/** The messages of the first request, without calling any model (shown before the first request). */
export function firstMessages(plan: Plan): ChatMessage[] {
  return [
    { role: 'system', content: plan.system },
    { role: 'user', content: plan.prompt },
  ];
}

interface Round {
  accepted: { text: string; index: number }[];
  rejected: Rejected[];
}

function judge(plan: Plan, answer: string, keep: readonly string[], slots?: readonly number[]): Round {
  const texts = plan.mode === 'single' ? [parseSingle(answer)].filter((t) => t !== '') : parseList(answer);
  const round: Round = { accepted: [], rejected: [] };
  if (texts.length === 0) {
    round.rejected.push({ text: answer.trim().slice(0, 200), reason: { fr: 'la réponse ne contient aucune proposition lisible', en: 'the answer holds no readable proposal' } });
    return round;
  }
  const accepted = [...keep];
  texts.forEach((raw, k) => {
    const text = raw.replace(/\s+$/g, '');
    // Headings: the k-th string names the k-th section still unnamed.
    const index = slots ? slots[k] : k;
    if (slots && index === undefined) return;
    const verdict = plan.check(text, accepted);
    if (verdict.ok && plan.edit(text, index ?? k)) {
      accepted.push(text);
      round.accepted.push({ text, index: index ?? k });
    } else {
      round.rejected.push({ text, reason: verdict.ok ? { fr: 'la proposition ne peut pas être appliquée ici', en: 'the proposal cannot be applied here' } : verdict.reason });
    }
  });
  return round;
}

function retryMessage(rejected: readonly Rejected[]): string {
  const reasons = rejected.slice(0, 8).map((r) => `- « ${r.text.slice(0, 160)} » : ${r.reason.fr}`).join('\n');
  return RETRY.replace('{{reasons}}', reasons).trim();
}

/**
 * Runs `request` on `model`. Rejects only with the model's own failures (`AssistantError`: HTTP, time-out,
 * cancellation…); everything the model says is judged, never trusted.
 */
export async function assist(request: AssistRequest, model: ChatModel, options: ChatOptions = {}): Promise<AssistResult> {
  const planned = planTask(request);
  if (!planned.ok) return planned;
  const plan = planned.plan;
  const messages: ChatMessage[] = firstMessages(plan);
  const answer = await model.complete(messages, options);
  messages.push({ role: 'assistant', content: answer });
  const allSlots = plan.slots ? Array.from({ length: plan.slots }, (_, i) => i) : undefined;
  let round = judge(plan, answer, [], allSlots);
  const accepted = [...round.accepted];
  let rejected = round.rejected;
  let rounds = 1;
  const wanted = plan.slots ?? Math.min(plan.count, 3);
  if (rejected.length > 0 && accepted.length < wanted && !options.signal?.aborted) {
    const retry = retryMessage(rejected);
    messages.push({ role: 'user', content: plan.slots ? `${retry}\nSections encore sans intertitre : ${allSlots!.filter((s) => !accepted.some((a) => a.index === s)).map((s) => s + 1).join(', ')} (un intertitre par section, dans l’ordre).` : retry });
    const second = await model.complete(messages, options);
    messages.push({ role: 'assistant', content: second });
    rounds = 2;
    const open = allSlots?.filter((s) => !accepted.some((a) => a.index === s));
    round = judge(plan, second, accepted.map((a) => a.text), open);
    for (const a of round.accepted) if (!accepted.some((b) => b.text === a.text)) accepted.push(a);
    rejected = [...rejected.filter((r) => !accepted.some((a) => a.text === r.text)), ...round.rejected];
  }
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  for (const a of plan.slots ? accepted.sort((x, y) => x.index - y.index) : accepted) {
    if (seen.has(a.text)) continue;
    const edit = plan.edit(a.text, a.index);
    if (!edit) continue;
    seen.add(a.text);
    proposals.push({ text: a.text, detail: plan.detail(a.text), edit });
  }
  return { ok: true, outcome: { task: plan.task, proposals: plan.slots ? proposals : proposals.slice(0, Math.max(plan.count, 1)), rejected, messages, rounds } };
}

export type { AssistRequest, AssistTask } from './tasks';
