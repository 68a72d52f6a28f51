import { env, type Env } from "@/env";

export interface ChatModelOption {
  /** Stored on the agent: `local`, `openai:gpt-4o-mini`, `anthropic:…`, `compatible:…`. */
  id: string;
  label: string;
  provider: "local" | "openai" | "anthropic" | "compatible";
}

export const LOCAL_MODEL_ID = "local";

const list = (value: string) => value.split(",").map((item) => item.trim()).filter(Boolean);

type ModelSettings = Pick<Env, "OPENAI_API_KEY" | "OPENAI_CHAT_MODELS" | "ANTHROPIC_API_KEY" | "ANTHROPIC_CHAT_MODELS" | "OPENAI_COMPATIBLE_BASE_URL" | "OPENAI_COMPATIBLE_CHAT_MODELS">;

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
