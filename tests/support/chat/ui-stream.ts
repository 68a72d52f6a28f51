/** One chunk of the AI SDK's UI message stream, as the widget reads it. */
export type UiChunk = { type: string; [key: string]: unknown };

/** Reads a UI message stream response whole: its chunks in order, and whether it ended with `[DONE]`. */
export async function readUiStream(response: Response): Promise<{ chunks: UiChunk[]; done: boolean; text: string }> {
  const body = await response.text();
  const events = body
    .split("\n\n")
    .map((event) => event.trim())
    .filter((event) => event.startsWith("data: "))
    .map((event) => event.slice("data: ".length));
  const done = events.at(-1) === "[DONE]";
  const chunks = events.filter((event) => event !== "[DONE]").map((event) => JSON.parse(event) as UiChunk);
  const text = chunks.filter((chunk) => chunk.type === "text-delta").map((chunk) => String(chunk.delta)).join("");
  return { chunks, done, text };
}
