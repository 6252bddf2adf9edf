// The writing assistant in the language server: code actions on the matching diagnostics (only when
// a provider is set), `plume/assist` for VS Code's client (quick pick on its side), the `plume.assist`
// command for other editors (message requests and a versioned workspace edit), `plume/check` for the
// language-model tool. The model is an OpenAI-compatible endpoint, or VS Code's through the client.
import { CodeActionKind, type CancellationToken, type CodeAction, type CodeActionParams, type Connection, type TextDocuments } from 'vscode-languageserver';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type Locale, type Settings } from '../core';
import { AssistantError, assist, describeRequest, isAssistTask, planTask, type AssistTask, type ChatMessage, type ChatModel, type ChatOptions } from '../core/assistant';
import { apiKeyFrom, chatCompletionsModel, completionsUrl } from '../platform/chatCompletions';
import type { DocumentAnalyzer } from './analyses';
import { sourceActionsWanted } from './codeActions';
import {
  ASSIST_COMMAND,
  ASSIST_PROGRESS_NOTIFICATION,
  CHAT_REQUEST,
  type AssistArgs,
  type AssistPreviewResult,
  type AssistResult,
  type ChatParams,
  type ChatResult,
  type CheckParams,
  type CheckResult,
  type WireAssistTask,
} from './protocol';
import { toRange } from './positions';
import { fileNameOf } from './uris';

/** The diagnostics each task is offered on. */
const TASK_OF_RULE: Readonly<Record<string, AssistTask>> = {
  'title-language': 'title',
  'title-missing': 'title',
  'title-length': 'title',
  'keyphrase-in-title': 'title',
  'description-missing': 'description',
  'description-length': 'description',
  'description-width': 'description',
  'paragraph-language': 'translate',
  'min-words': 'expand',
  subheadings: 'headings',
  'sentence-length': 'rephrase',
};

/** The action titles; « … » since each opens a choice before anything changes. */
export const TASK_TITLES: Readonly<Record<AssistTask, { fr: string; en: string }>> = {
  title: { fr: 'Réécrire le titre en français…', en: 'Rewrite the title in French…' },
  description: { fr: 'Rédiger la méta-description…', en: 'Write the meta description…' },
  translate: { fr: 'Traduire ce paragraphe en français…', en: 'Translate this paragraph into French…' },
  expand: { fr: 'Compléter l’article…', en: 'Complete the article…' },
  headings: { fr: 'Nommer les sections…', en: 'Name the sections…' },
  rephrase: { fr: 'Reformuler…', en: 'Reword…' },
};

function t(locale: Locale, fr: string, en: string): string {
  return locale === 'fr' ? fr : en;
}

/** Gives up on a model that does not answer in time (the VS Code models have no time-out of their own). */
function withTimeout(model: ChatModel, ms: number): ChatModel {
  return {
    label: model.label,
    async complete(messages: readonly ChatMessage[], options: ChatOptions = {}): Promise<string> {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), ms);
      const onAbort = (): void => controller.abort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        return await Promise.race([
          model.complete(messages, { ...options, signal: controller.signal }),
          new Promise<never>((_, reject) =>
            controller.signal.addEventListener('abort', () =>
              reject(options.signal?.aborted ? new AssistantError('cancelled', 'the request was cancelled') : new AssistantError('timeout', `no answer within ${Math.round(ms / 1000)} s`)),
            ),
          ),
        ]);
      } finally {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

export class Assistant {
  /** Endpoints the writer agreed to send to, in this session (other editors; VS Code's client asks itself). */
  private readonly consented = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settingsFor: (uri: string) => Promise<Settings>,
    private readonly analyzer: DocumentAnalyzer,
  ) {}

  /** The assistant's code actions: none at all while `plume.assistant.provider` is `off`. */
  codeActions(document: TextDocument, settings: Settings, params: CodeActionParams): CodeAction[] {
    if (settings.assistant.provider === 'off') return [];
    const only = params.context.only;
    const out: CodeAction[] = [];
    const offered = new Set<AssistTask>();
    const locale = settings.locale;
    const quickFixes = !only || only.some((o) => o === CodeActionKind.QuickFix || o === CodeActionKind.Empty);
    if (quickFixes) {
      for (const d of params.context.diagnostics) {
        const task = d.source === 'plume' ? TASK_OF_RULE[String(d.code)] : undefined;
        if (!task || offered.has(task)) continue;
        offered.add(task);
        const args: AssistArgs = { uri: document.uri, task, position: d.range.start };
        out.push({ title: TASK_TITLES[task][locale], kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title: TASK_TITLES[task][locale], command: ASSIST_COMMAND, arguments: [args] } });
      }
    }
    if (sourceActionsWanted(params)) {
      for (const task of ['title', 'description', 'expand', 'headings'] as const) {
        const kind = `${CodeActionKind.Source}.plume.assist.${task}`;
        if (offered.has(task) || (only && !only.some((o) => kind === o || kind.startsWith(`${o}.`)))) continue;
        const args: AssistArgs = { uri: document.uri, task, position: params.range.start };
        out.push({ title: TASK_TITLES[task][locale], kind, command: { title: TASK_TITLES[task][locale], command: ASSIST_COMMAND, arguments: [args] } });
      }
    }
    return out;
  }

  private model(settings: Settings): ChatModel | string {
    const a = settings.assistant;
    const locale = settings.locale;
    if (a.provider === 'off') return t(locale, 'L’assistant est désactivé (plume.assistant.provider : off).', 'The assistant is off (plume.assistant.provider: off).');
    if (a.provider === 'vscode') {
      const connection = this.connection;
      const client: ChatModel = {
        label: `VS Code (${a.model || t(locale, 'modèle au choix de VS Code', 'model chosen by VS Code')})`,
        async complete(messages, options = {}) {
          const source = new CancellationTokenSource();
          const cancel = (): void => source.cancel();
          options.signal?.addEventListener('abort', cancel, { once: true });
          try {
            const result = await connection.sendRequest<ChatResult>(CHAT_REQUEST, { model: a.model, messages } satisfies ChatParams, source.token);
            if (!result || typeof result !== 'object') throw new AssistantError('malformed', 'the client gave no answer');
            if (!result.ok) throw new AssistantError(result.kind, result.message);
            options.onText?.(result.text);
            return result.text;
          } catch (error) {
            if (error instanceof AssistantError) throw error;
            if (options.signal?.aborted) throw new AssistantError('cancelled', 'the request was cancelled');
            throw new AssistantError('unavailable', `the client could not ask VS Code's model: ${error instanceof Error ? error.message : String(error)}`);
          } finally {
            options.signal?.removeEventListener('abort', cancel);
          }
        },
      };
      return withTimeout(client, a.timeoutSeconds * 1000);
    }
    if (!a.endpoint) return t(locale, 'plume.assistant.endpoint est vide : donnez l’adresse du serveur (par exemple http://127.0.0.1:11434/v1).', 'plume.assistant.endpoint is empty: give the server’s address (e.g. http://127.0.0.1:11434/v1).');
    const url = completionsUrl(a.endpoint);
    if (typeof url === 'string') return url;
    return chatCompletionsModel({ endpoint: a.endpoint, model: a.model, apiKey: apiKeyFrom(a.apiKeyEnv), timeoutMs: a.timeoutSeconds * 1000 });
  }

  private async prepare(args: AssistArgs): Promise<
    { ok: false; message: string } | { ok: true; document: TextDocument; settings: Settings; analysis: Analysis; model: ChatModel; task: AssistTask; offset?: number }
  > {
    const document = this.documents.get(args?.uri);
    if (!document) return { ok: false, message: 'Plume: this document is not open.' };
    const settings = await this.settingsFor(document.uri);
    if (!isAssistTask(args.task)) return { ok: false, message: `Plume: unknown task ${String(args.task)}.` };
    const model = this.model(settings);
    if (typeof model === 'string') return { ok: false, message: model };
    // The checks judge the language of each proposal: the detector is needed now.
    this.analyzer.loadDetectorNow();
    const analysis = await this.analyzer.analysisOf(document, settings);
    const offset = args.position ? document.offsetAt(args.position) : undefined;
    return { ok: true, document, settings, analysis, model, task: args.task, ...(offset !== undefined ? { offset } : {}) };
  }

  /** What the request would send and to whom; nothing is sent. */
  async preview(args: AssistArgs): Promise<AssistPreviewResult> {
    const ready = await this.prepare(args);
    if (!ready.ok) return ready;
    const planned = planTask({ task: ready.task, article: ready.analysis.article, settings: ready.settings, ...(ready.offset !== undefined ? { offset: ready.offset } : {}) });
    if (!planned.ok) return { ok: false, message: planned.message[ready.settings.locale] };
    const provider = ready.settings.assistant.provider === 'vscode' ? 'vscode' : 'openai-compatible';
    return { ok: true, provider, to: ready.model.label, description: describeRequest(planned.plan, ready.model.label)[ready.settings.locale], prompt: planned.plan.prompt };
  }

  /** Runs the task; the edits are for the version returned, computed only if it did not change meanwhile. */
  async run(args: AssistArgs, token: CancellationToken): Promise<AssistResult> {
    const ready = await this.prepare(args);
    if (!ready.ok) return ready;
    const { document, settings } = ready;
    const locale = settings.locale;
    const version = document.version;
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    let characters = 0;
    let last = 0;
    const onText = (chunk: string): void => {
      characters += chunk.length;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      void this.connection.sendNotification(ASSIST_PROGRESS_NOTIFICATION, { uri: document.uri, characters });
    };
    try {
      const result = await assist(
        { task: ready.task, article: ready.analysis.article, settings, ...(ready.offset !== undefined ? { offset: ready.offset } : {}) },
        ready.model,
        { signal: controller.signal, onText },
      );
      if (!result.ok) return { ok: false, message: result.message[locale] };
      const current = this.documents.get(document.uri);
      if (!current || current.version !== version) {
        return { ok: false, message: t(locale, 'L’article a changé pendant la requête : relancez-la.', 'The article changed during the request: run it again.') };
      }
      const { proposals, rejected } = result.outcome;
      return {
        ok: true,
        version,
        task: ready.task as WireAssistTask,
        proposals: proposals.map((p) => ({ text: p.text, detail: p.detail, edit: { range: toRange(current, p.edit), newText: p.edit.newText } })),
        rejected: rejected.map((r) => ({ text: r.text, reason: r.reason[locale] })),
      };
    } catch (error) {
      if (error instanceof AssistantError) {
        const what = error.kind === 'cancelled' ? t(locale, 'Requête annulée', 'Request cancelled') : t(locale, 'Le modèle a échoué', 'The model failed');
        return { ok: false, message: `${what}${locale === 'fr' ? '\u202f:' : ':'} ${error.message}` };
      }
      this.connection.console.error(`Plume: the assistant failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ok: false, message: t(locale, 'L’assistant a rencontré une erreur interne (détails dans la sortie « Plume »).', 'The assistant hit an internal error (details in the « Plume » output).') };
    } finally {
      subscription.dispose();
    }
  }

  /**
   * The `plume.assist` command for editors other than VS Code: what is sent is shown first (once per
   * endpoint), the proposals come as a message request, the chosen one is applied as a versioned edit.
   */
  async execute(args: AssistArgs): Promise<void> {
    const window = this.connection.window;
    const preview = await this.preview(args);
    const settings = args?.uri && this.documents.get(args.uri) ? await this.settingsFor(args.uri) : undefined;
    const locale = settings?.locale ?? 'fr';
    if (!preview.ok) {
      void window.showInformationMessage(preview.message);
      return;
    }
    if (!this.consented.has(preview.to)) {
      const send = t(locale, 'Envoyer', 'Send');
      const choice = await window.showInformationMessage(preview.description, { title: send }, { title: t(locale, 'Annuler', 'Cancel') });
      if (choice?.title !== send) return;
      this.consented.add(preview.to);
    }
    const progress = await window.createWorkDoneProgress();
    progress.begin(TASK_TITLES[args.task][locale].replace('…', ''), undefined, preview.to, true);
    const source = new CancellationTokenSource();
    const sub = progress.token.onCancellationRequested(() => source.cancel());
    let result: AssistResult;
    try {
      result = await this.run(args, source.token);
    } finally {
      sub.dispose();
      progress.done();
    }
    if (!result.ok) {
      void window.showWarningMessage(result.message);
      return;
    }
    if (result.proposals.length === 0) {
      void window.showWarningMessage(noProposalMessage(result, locale));
      return;
    }
    let edits: { range: (typeof result.proposals)[number]['edit']['range']; newText: string }[];
    if (result.task === 'headings' || result.task === 'expand' || result.task === 'translate') {
      const apply = t(locale, 'Appliquer', 'Apply');
      const shown = result.proposals.map((p) => p.text).join(result.task === 'headings' ? ' · ' : '\n\n');
      const choice = await window.showInformationMessage(`${t(locale, 'Proposition vérifiée par Plume', 'Proposal checked by Plume')} :\n${shown}`, { title: apply }, { title: t(locale, 'Annuler', 'Cancel') });
      if (choice?.title !== apply) return;
      edits = result.proposals.map((p) => p.edit);
    } else {
      const items = result.proposals.map((p, i) => ({ title: `${i + 1}. ${p.text}` }));
      const choice = await window.showInformationMessage(t(locale, 'Propositions vérifiées par Plume : choisissez-en une.', 'Proposals checked by Plume: pick one.'), ...items);
      const index = choice ? items.findIndex((i) => i.title === choice.title) : -1;
      if (index < 0) return;
      edits = [result.proposals[index].edit];
    }
    const document = this.documents.get(args.uri);
    if (!document || document.version !== result.version) {
      void window.showWarningMessage(t(locale, 'L’article a changé entre-temps : relancez la commande.', 'The article changed meanwhile: run the command again.'));
      return;
    }
    await this.connection.workspace.applyEdit({
      label: TASK_TITLES[args.task][locale].replace('…', ''),
      edit: { documentChanges: [{ textDocument: { uri: document.uri, version: result.version }, edits }] },
    });
  }

  /** A file's findings, for the language-model tool `plume_check` (the open document's text first). */
  async check(params: CheckParams): Promise<CheckResult | null> {
    const open = this.documents.get(params.uri);
    const text = open?.getText() ?? params.text;
    if (typeof text !== 'string') return null;
    const settings = await this.settingsFor(params.uri);
    this.analyzer.loadDetectorNow();
    const fileName = fileNameOf(params.uri);
    const analysis = open ? await this.analyzer.analysisOf(open, settings) : analyze(text, settings, fileName ? { fileName } : {});
    const doc = open ?? TextDocument.create(params.uri, 'markdown', 0, text);
    return {
      uri: params.uri,
      findings: analysis.findings.map((f) => ({ rule: f.ruleId, severity: f.severity, line: doc.positionAt(f.span.start).line + 1, message: f.message })),
    };
  }
}

export function noProposalMessage(result: Extract<AssistResult, { ok: true }>, locale: Locale): string {
  const reasons = [...new Set(result.rejected.map((r) => r.reason))].slice(0, 3).join(' ; ');
  return t(locale, `Aucune proposition du modèle n’a passé les vérifications de Plume${reasons ? ` (${reasons})` : ''}.`, `No proposal of the model passed Plume’s checks${reasons ? ` (${reasons})` : ''}.`);
}

