import type { LanguageModelV4CallOptions } from "@ai-sdk/provider";

export interface PromptPassage {
  n: number;
  language: string | null;
  heading: string;
  shortAnswer: boolean;
  content: string;
}

export interface ReadPrompt {
  system: string;
  passages: PromptPassage[];
  replyLanguage: string | null;
  standaloneQuestion: string | null;
  /** User and assistant turns, oldest first. */
  turns: { role: "user" | "assistant"; text: string }[];
}

const tag = (text: string, name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(text)?.[1]?.trim() ?? null;

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => (part && typeof part === "object" && "text" in part ? String((part as { text: unknown }).text) : "")).join("");
}

/**
 * Reads the answer engine's prompt: the extractive model understands the same prompt an LLM gets
 * (passages block, reply language, standalone question), so both go through one code path.
 */
export function readPrompt(options: LanguageModelV4CallOptions): ReadPrompt {
  const system = options.prompt.filter((message) => message.role === "system").map((message) => textOf(message.content)).join("\n");
  const turns = options.prompt
    .filter((message) => message.role === "user" || message.role === "assistant")
    .map((message) => ({ role: message.role as "user" | "assistant", text: textOf(message.content) }));
  const block = tag(system, "passages") ?? "";
  const passages: PromptPassage[] = [];
  // `^` finds each passage's line; its content runs to the next passage or the end of the block (not of a line).
  for (const match of block.matchAll(/^\[(\d+)\] \(lang=([\w-]+)(, short answer)?\) ([^\n]*)\n([\s\S]*?)(?=\n\n\[\d+\] \(lang=|(?![\s\S]))/gm)) {
    passages.push({ n: Number(match[1]), language: match[2] === "unknown" ? null : match[2]!, shortAnswer: Boolean(match[3]), heading: match[4]!, content: match[5]!.trim() });
  }
  return { system, passages, replyLanguage: tag(system, "reply-language"), standaloneQuestion: tag(system, "standalone-question"), turns };
}
