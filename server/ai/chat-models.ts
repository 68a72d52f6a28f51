import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { env, type Env } from "@/env";
import { createExtractiveModel, EXTRACTIVE_MODEL_ID } from "./extractive";

export interface ChatModelOption {
  /** Stored on the agent: `local`, `openai:gpt-4o-mini`, `anthropic:…`, `compatible:…`. */
  id: string;
  label: string;
  provider: "local" | "openai" | "anthropic" | "compatible";
}

export const LOCAL_MODEL_ID = "local";

const list = (value: string) => value.split(",").map((item) => item.trim()).filter(Boolean);

type ModelSettings = Pick<
  Env,
  "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "OPENAI_CHAT_MODELS" | "ANTHROPIC_API_KEY" | "ANTHROPIC_CHAT_MODELS" | "OPENAI_COMPATIBLE_BASE_URL" | "OPENAI_COMPATIBLE_API_KEY" | "OPENAI_COMPATIBLE_CHAT_MODELS"
>;

/** The models an agent may pick: the built-in extractive model always, providers when configured. */
export function listChatModels(settings: ModelSettings = env): ChatModelOption[] {
  const options: ChatModelOption[] = [{ id: LOCAL_MODEL_ID, label: "Built-in (extractive, offline)", provider: "local" }];
  if (settings.OPENAI_API_KEY) {
    for (const model of list(settings.OPENAI_CHAT_MODELS)) options.push({ id: `openai:${model}`, label: `OpenAI ${model}`, provider: "openai" });
  }
  if (settings.ANTHROPIC_API_KEY) {
    for (const model of list(settings.ANTHROPIC_CHAT_MODELS)) options.push({ id: `anthropic:${model}`, label: `Anthropic ${model}`, provider: "anthropic" });
  }
  if (settings.OPENAI_COMPATIBLE_BASE_URL) {
    for (const model of list(settings.OPENAI_COMPATIBLE_CHAT_MODELS)) options.push({ id: `compatible:${model}`, label: `${model} (OpenAI-compatible)`, provider: "compatible" });
  }
  return options;
}

let extractive: LanguageModelV4 | undefined;

/**
 * The language model behind an agent's model id. An id whose provider is no longer configured falls
 * back to the built-in model, so a removed API key degrades answers instead of breaking the chat.
 */
export function resolveChatModel(id: string, settings: ModelSettings = env): { model: LanguageModelV4; id: string } {
  const [provider, ...rest] = id.split(":");
  const name = rest.join(":");
  if (provider === "openai" && settings.OPENAI_API_KEY && name) {
    return { model: createOpenAI({ apiKey: settings.OPENAI_API_KEY, baseURL: settings.OPENAI_BASE_URL })(name), id };
  }
  if (provider === "anthropic" && settings.ANTHROPIC_API_KEY && name) {
    return { model: createAnthropic({ apiKey: settings.ANTHROPIC_API_KEY })(name), id };
  }
  if (provider === "compatible" && settings.OPENAI_COMPATIBLE_BASE_URL && name) {
    const compatible = createOpenAICompatible({ name: "compatible", baseURL: settings.OPENAI_COMPATIBLE_BASE_URL, apiKey: settings.OPENAI_COMPATIBLE_API_KEY });
    return { model: compatible.chatModel(name), id };
  }
  if (id !== LOCAL_MODEL_ID) console.warn(`[ai] model "${id}" is not configured; using the built-in model instead.`);
  extractive ??= createExtractiveModel();
  return { model: extractive, id: EXTRACTIVE_MODEL_ID };
}
