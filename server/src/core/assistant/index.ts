// The writing assistant: prompts, reading the model's answers, checking every proposal with Plume's
// own knowledge. Only the adapters (lsp/, cli/) import it; it imports the core's lower layers.
// What the adapters and tests use, no more (`npm run check:unused`).
export { assist } from './run';
export { ASSIST_TASKS, isAssistTask, planTask } from './tasks';
export type { AssistTask } from './tasks';
export { AssistantError } from './model';
export type { ChatMessage, ChatModel, ChatOptions } from './model';
export { describeRequest } from './disclosure';
