// `plume assist TASK FILE`: asks an OpenAI-compatible model for proposals and prints only those that
// pass Plume's checks; edits the file only with --write. No endpoint: exit 2; the model fails: exit 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyEdits, normalizeSettings, parseArticle, type Locale, type TextEdit } from '../core';
import { AssistantError, ASSIST_TASKS, assist, describeRequest, isAssistTask, planTask, type AssistTask } from '../core/assistant';
import { apiKeyFrom, chatCompletionsModel, completionsUrl } from '../platform/chatCompletions';
import { describeConfigError, ProjectConfigs } from '../platform/projectConfigFiles';
import { UsageError, type Options } from './args';
import { readText } from './readText';

function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
  }
  return offset;
}

function say(locale: Locale, message: { fr: string; en: string }): string {
  return message[locale];
}

export async function runAssist(options: Options, fallbackLocale: Locale): Promise<number> {
  const [task, file, ...extra] = options.files;
  if (!isAssistTask(task)) throw new UsageError(`assist takes a task: ${ASSIST_TASKS.join(', ')}${task ? `, not ${task}` : ''}`);
  if (!file || extra.length > 0) throw new UsageError('assist takes one file');
  if (options.format === 'sarif') throw new UsageError('assist takes --format text or json');
  const text = readText(file);
  const loaded = new ProjectConfigs().forFile(resolve(file === '-' ? 'stdin.md' : file));
  const configError = describeConfigError(loaded);
  if (configError || !loaded.result.ok) throw new UsageError(configError ?? 'invalid configuration');
  const project = loaded.result.config;
  const fromFile = (project.assistant ?? {}) as Record<string, unknown>;
  const settings = normalizeSettings(
    {
      ...project,
      ...(options.locale ? { locale: options.locale } : {}),
      assistant: {
        ...fromFile,
        provider: 'openai-compatible',
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.model ? { model: options.model } : {}),
        ...(options.timeout ? { timeoutSeconds: options.timeout } : {}),
        // The key's variable only from the command line: a project file may not pick what is sent.
        apiKeyEnv: options.apiKeyEnv ?? '',
      },
    },
    fallbackLocale,
  );
  const locale = settings.locale;
  const { endpoint, model: modelName, apiKeyEnv, timeoutSeconds } = settings.assistant;
  if (!endpoint) {
    process.stderr.write(`plume: ${say(locale, { fr: 'aucun fournisseur d’assistant : donnez --endpoint URL ou « assistant.endpoint » dans .plumerc.json', en: 'no assistant provider: give --endpoint URL or set "assistant.endpoint" in .plumerc.json' })}\n`);
    return 2;
  }
  const url = completionsUrl(endpoint);
  if (typeof url === 'string') throw new UsageError(url);
  if (apiKeyEnv && !apiKeyFrom(apiKeyEnv)) throw new UsageError(`the environment variable ${apiKeyEnv} (--api-key-env) is not set`);
  const article = parseArticle(text, { titleFields: settings.frontMatter.titleFields });
  const offset = options.line ? lineOffset(text, options.line) : undefined;
  const request = { task: task as AssistTask, article, settings, ...(offset !== undefined ? { offset } : {}) };
  const planned = planTask(request);
  if (!planned.ok) {
    process.stderr.write(`plume: ${say(locale, planned.message)}\n`);
    return 1;
  }
  const model = chatCompletionsModel({ endpoint, model: modelName, apiKey: apiKeyFrom(apiKeyEnv), timeoutMs: timeoutSeconds * 1000 });
  // What leaves the machine and for whom, before it does.
  process.stderr.write(`plume: ${say(locale, describeRequest(planned.plan, String(url)))}\n`);
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.once('SIGINT', onSigint);
  let received = 0;
  const progress = process.stderr.isTTY ? (chunk: string) => {
    received += chunk.length;
    process.stderr.write(`\r${say(locale, { fr: 'réponse', en: 'answer' })}: ${received}…`);
  } : undefined;
  try {
    const result = await assist(request, model, { signal: controller.signal, ...(progress ? { onText: progress } : {}) });
    if (progress) process.stderr.write('\r\x1b[K');
    if (!result.ok) {
      process.stderr.write(`plume: ${say(locale, result.message)}\n`);
      return 1;
    }
    const { proposals, rejected } = result.outcome;
    for (const r of rejected) process.stderr.write(`plume: ${say(locale, { fr: 'écarté', en: 'dropped' })} « ${r.text.replace(/\s+/g, ' ').slice(0, 100)} » : ${say(locale, r.reason)}\n`);
    if (options.format === 'json') {
      process.stdout.write(JSON.stringify(proposals.map((p) => ({ text: p.text, detail: p.detail })), null, 2) + '\n');
    } else {
      for (const p of proposals) process.stdout.write(`${p.text}\n${p.text.includes('\n') ? '\n' : ''}`);
    }
    if (proposals.length === 0) {
      process.stderr.write(`plume: ${say(locale, { fr: 'aucune proposition n’a passé les vérifications de Plume', en: 'no proposal passed Plume’s checks' })}\n`);
      return 1;
    }
    if (options.write) {
      if (file === '-') throw new UsageError('--write needs a file, not standard input');
      // Headings: every section named; otherwise the first proposal.
      const edits: TextEdit[] = task === 'headings' ? proposals.map((p) => p.edit) : [proposals[0].edit];
      // The file may have changed while the model was writing: apply only to the text the edits were made for.
      if (readFileSync(file, 'utf8') !== text) {
        process.stderr.write(`plume: ${say(locale, { fr: `${file} a changé pendant la requête : rien n’a été écrit`, en: `${file} changed during the request: nothing was written` })}\n`);
        return 1;
      }
      writeFileSync(file, applyEdits(text, edits), 'utf8');
    }
    return 0;
  } catch (error) {
    if (progress) process.stderr.write('\r\x1b[K');
    if (error instanceof AssistantError) {
      process.stderr.write(`plume: ${say(locale, { fr: 'le modèle a échoué', en: 'the model failed' })}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
