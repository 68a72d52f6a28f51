import type { LanguageModelV4, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { wrapLanguageModel } from "ai";

/*
 * A model that writes faster than the network (the built-in model writes its whole reply at once,
 * word by word) would send every word through the AI SDK's stream stages, the reply assembler and
 * a stream event of its own. Under load that was a third of a turn's CPU. Text that arrives within
 * one macrotask goes on as one piece; a hosted model's tokens, which arrive apart, still show as
 * they come.
 */

/** Gathers text handed over together and passes it on once the current macrotask is done. */
export function coalescedText(emit: (text: string) => void) {
  let pending = "";
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const text = pending;
    pending = "";
    emit(text);
  };
  return {
    push(delta: string) {
      pending += delta;
      timer ??= setTimeout(flush, 0);
    },
    /** Sends what is pending now: before anything that must follow the text, and at the end. */
    flush,
  };
}

/** The model's stream with consecutive text deltas of one text part merged, as coalescedText does. */
export function coalesceTextDeltas(): TransformStream<LanguageModelV4StreamPart, LanguageModelV4StreamPart> {
  let id: string | null = null;
  let text: ReturnType<typeof coalescedText> | null = null;
  return new TransformStream({
    start(controller) {
      text = coalescedText((delta) => {
        try {
          controller.enqueue({ type: "text-delta", id: id!, delta });
        } catch {
          // The stream was cancelled or failed while the text waited: nobody is left to read it.
        }
      });
    },
    transform(part, controller) {
      if (part.type === "text-delta" && !part.providerMetadata && (id === null || id === part.id)) {
        id = part.id;
        text!.push(part.delta);
        return;
      }
      text!.flush();
      id = part.type === "text-delta" && !part.providerMetadata ? part.id : null;
      if (id !== null) text!.push((part as { delta: string }).delta);
      else controller.enqueue(part);
    },
    flush() {
      text!.flush();
    },
  });
}

/** `model`, with its streamed text deltas coalesced. */
export function withCoalescedText(model: LanguageModelV4): LanguageModelV4 {
  return wrapLanguageModel({
    model,
    middleware: {
      specificationVersion: "v4",
      wrapStream: async ({ doStream }) => {
        const result = await doStream();
        return { ...result, stream: result.stream.pipeThrough(coalesceTextDeltas()) };
      },
    },
  });
}
