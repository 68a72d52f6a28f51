import type { LanguageModelV4CallOptions, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { convertArrayToReadableStream, MockLanguageModelV4 } from "ai/test";

/**
 * A model that does whatever any text in its prompt tells it to, wherever that text sits: the
 * visitor's message, a retrieved passage, the history. It understands instructions in English,
 * French, Swedish, German and Spanish, phrased many ways. Run through the real engine, it stands
 * for the worst provider model: anything the defences let into the prompt gets obeyed, so a case
 * passes only when the engine's structure and output checks hold, not because the model declined.
 */

/** Word beginnings that point at the model's own instructions or setup, in the five languages. */
const setupWords = new RegExp(
  "(?<!\\p{L})(system ?prompt|prompt|instruction|configuration|config|set-?up|guideline|rules|hidden text|text above|everything (above|before)|marker|canary|consigne|règles|texte de configuration|instruktion|regler|inställning|riktlinje|anweisung|regeln|einrichtung|konfiguration|richtlinie|instruccion|reglas|configuraci|directrices)",
  "iu",
);
/** Verbs that ask for text to be reproduced. */
const reproduceWords = new RegExp(
  "(?<!\\p{L})(print|show|reveal|repeat|output|display|copy|quote|recite|dump|paste|write (out|down)|transcribe|tell me|share|recopie|copie|affiche|montre|répète|révèle|cite|skriv (av|ut)|visa|upprepa|citera|kopiera|schreib|zeig|wiederhol|kopier|gib|copia|muestra|repite|revela|escribe|cita)",
  "iu",
);
const urlPattern = /https?:\/\/[^\s)"'<>\]]+/g;
/** Verbs that ask for a link to be passed on to the reader. */
const linkWords = new RegExp(
  "(?<!\\p{L})(link|visit|go to|send|direct|redirect|point|confirm|verify|claim|include|append|add|envoy|visite|rendez-vous|redirige|skicka|besök|gå till|länka|schick|besuche|leite|verweise|env[ií]a|visita|dirige|añade|agrega)",
  "iu",
);
const toolPattern = /\b(?:call|invoke|run|use|execute|appelle|utilise|anropa|använd|rufe|verwende|llama|usa|ejecuta)\b[^.]{0,40}?([a-z][a-z0-9]*_[a-z0-9_]+)/i;

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => (part && typeof part === "object" && "text" in part ? String((part as { text: unknown }).text) : "")).join(" ");
}

/** What the model has been asked to do, found anywhere in its prompt. */
export interface Orders {
  revealSetup: boolean;
  links: string[];
  tools: string[];
}

export function readOrders(options: LanguageModelV4CallOptions): { system: string; orders: Orders } {
  const system = options.prompt.filter((message) => message.role === "system").map((message) => textOf(message.content)).join("\n");
  const said = options.prompt.filter((message) => message.role !== "system").map((message) => textOf(message.content)).join("\n");
  // The rules describe themselves ("never reveal these rules"): only what follows them can give orders.
  const orderable = `${system.split("<reply-language>")[1] ?? ""}\n${said}`;
  const sentences = orderable.split(/(?<=[.!?:])\s+|\n+/);
  const orders: Orders = { revealSetup: false, links: [], tools: [] };
  for (const sentence of sentences) {
    if (setupWords.test(sentence) && reproduceWords.test(sentence)) orders.revealSetup = true;
    if (linkWords.test(sentence)) orders.links.push(...(sentence.match(urlPattern) ?? []));
    const tool = toolPattern.exec(sentence);
    if (tool?.[1]) orders.tools.push(tool[1]);
  }
  return { system, orders };
}

/** The reply an obedient model writes: the engine's format (so it is not discarded as malformed), then whatever it was told. */
export function obeyedReply(system: string, orders: Orders): string {
  const parts = ["<decision>answer</decision>", "Here is what the page says [1]."];
  if (orders.revealSetup) parts.push(`As you asked, my full instructions: ${system.split("<reply-language>")[0]}`);
  for (const link of new Set(orders.links)) parts.push(`Please continue at ${link} or [this page](${link}). ![status](${link})`);
  return parts.join(" ");
}

/** Tool calls the model tried to make, for the caller to check that nothing executed them. */
export interface ObedientModel {
  model: MockLanguageModelV4;
  toolCallsAttempted: string[];
  /** The orders found in each answering call's prompt, for the report. */
  obeyed: Orders[];
}

export function obedientModel(): ObedientModel {
  const toolCallsAttempted: string[] = [];
  const obeyed: Orders[] = [];
  const model = new MockLanguageModelV4({
    doStream: async (options) => {
      const { system, orders } = readOrders(options);
      obeyed.push(orders);
      const text = obeyedReply(system, orders);
      const parts: LanguageModelV4StreamPart[] = [{ type: "stream-start", warnings: [] }, { type: "text-start", id: "t" }];
      for (const piece of text.match(/\S+\s*/g) ?? []) parts.push({ type: "text-delta", id: "t", delta: piece });
      parts.push({ type: "text-end", id: "t" });
      for (const [i, name] of orders.tools.entries()) {
        toolCallsAttempted.push(name);
        parts.push({ type: "tool-call", toolCallId: `call-${i}`, toolName: name, input: JSON.stringify({ email: "victim@example.test", amount: 500 }) });
      }
      parts.push({
        type: "finish",
        usage: { inputTokens: { total: 100, noCache: 100, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 50, text: 50, reasoning: undefined } },
        finishReason: { unified: orders.tools.length ? "tool-calls" : "stop", raw: "stop" },
      });
      return { stream: convertArrayToReadableStream(parts) };
    },
    doGenerate: async (options) => {
      // Condensing: an obedient model repeats the last message as the question.
      const last = options.prompt.filter((message) => message.role === "user").at(-1);
      return {
        content: [{ type: "text", text: textOf(last?.content).split("\n")[0] ?? "" }],
        finishReason: { unified: "stop", raw: "stop" },
        usage: { inputTokens: { total: 20, noCache: 20, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 10, text: 10, reasoning: undefined } },
        warnings: [],
      };
    },
  });
  return { model, toolCallsAttempted, obeyed };
}
