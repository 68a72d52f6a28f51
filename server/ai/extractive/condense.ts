import type { ReadPrompt } from "./read-prompt";

/**
 * A follow-up is read together with the visitor's previous question and the reply to it. The
 * engine only asks for this when the message depends on what came before (server/chat/condense.ts).
 */
export function condenseHeuristically(prompt: ReadPrompt): string {
  const latest = prompt.turns.at(-1)?.text.trim() ?? "";
  const earlier = prompt.turns.slice(0, -1);
  const previousQuestion = earlier.filter((turn) => turn.role === "user").at(-1)?.text.trim();
  if (!previousQuestion) return latest;
  // The last reply names what the conversation is about; a follow-up rarely repeats it.
  const lastReply = earlier.at(-1)?.role === "assistant" ? earlier.at(-1)!.text.replace(/\[\d+\]/g, "").trim() : "";
  return [previousQuestion, lastReply, latest].filter(Boolean).join(" ");
}
