import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4StreamPart, LanguageModelV4Usage } from "@ai-sdk/provider";
import { createLocalEmbedder, type LocalEmbedder } from "../local-embedder";
import { composeExtractiveReply } from "./answer";
import { condenseHeuristically } from "./condense";
import { readPrompt } from "./read-prompt";

export const EXTRACTIVE_MODEL_ID = "extractive-v1";

interface LocalOptions {
  task?: "answer" | "condense";
}

function usageFor(input: string, output: string): LanguageModelV4Usage {
  const tokens = (text: string) => Math.ceil(text.length / 4);
  return {
    inputTokens: { total: tokens(input), noCache: tokens(input), cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: tokens(output), text: tokens(output), reasoning: undefined },
  };
}

/**
 * The embedded default language model. It writes no prose of its own: it quotes the sentences of
 * the retrieved passages closest to the question, with their citations, and decides to clarify
 * when they fit poorly — so the whole product works offline, through the same AI SDK code path a
 * hosted model uses. The engine passes retrieval confidence in `providerOptions.local`.
 */
export function createExtractiveModel(options: { embedder?: LocalEmbedder } = {}): LanguageModelV4 {
  const embedder = options.embedder ?? createLocalEmbedder();

  function respond(callOptions: LanguageModelV4CallOptions): { text: string; usage: LanguageModelV4Usage } {
    const local = (callOptions.providerOptions?.local ?? {}) as LocalOptions;
    const prompt = readPrompt(callOptions);
    const text = local.task === "condense" ? condenseHeuristically(prompt) : composeExtractiveReply(embedder, prompt);
    return { text, usage: usageFor(prompt.system + prompt.turns.map((turn) => turn.text).join(" "), text) };
  }

  return {
    specificationVersion: "v4",
    provider: "local",
    modelId: EXTRACTIVE_MODEL_ID,
    supportedUrls: {},
    async doGenerate(callOptions) {
      const { text, usage } = respond(callOptions);
      return { content: [{ type: "text", text }], finishReason: { unified: "stop", raw: "stop" }, usage, warnings: [] };
    },
    async doStream(callOptions) {
      const { text, usage } = respond(callOptions);
      // Word-sized deltas, so the reply streams to the visitor like a hosted model's would.
      const pieces = text.match(/\S+\s*|\s+/g) ?? [];
      const stream = new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          controller.enqueue({ type: "stream-start", warnings: [] });
          controller.enqueue({ type: "text-start", id: "0" });
          for (const delta of pieces) controller.enqueue({ type: "text-delta", id: "0", delta });
          controller.enqueue({ type: "text-end", id: "0" });
          controller.enqueue({ type: "finish", usage, finishReason: { unified: "stop", raw: "stop" } });
          controller.close();
        },
      });
      return { stream };
    },
  };
}
