// The writing assistant: prompts, reading the model's answers, checking every proposal with Plume's
// own knowledge. Only the adapters (lsp/, cli/) import it; it imports the core's lower layers.
export { assist, firstMessages } from './run';
export type { AssistOutcome, AssistResult, Proposal, Rejected } from './run';
export { ASSIST_TASKS, DRAFT_END, DRAFT_START, isAssistTask, planTask } from './tasks';
export type { AssistRequest, AssistTask, Plan } from './tasks';
export { AssistantError } from './model';
export type { AssistantErrorKind, ChatMessage, ChatModel, ChatOptions } from './model';
export { parseList, parseSingle } from './parse';
export { describeRequest } from './disclosure';
