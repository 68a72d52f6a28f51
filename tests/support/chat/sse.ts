/** The JSON chunks of an AI SDK UI message stream response, in order, and whether it ended with [DONE]. */
export async function readUiMessageStream(response: Response): Promise<{ chunks: Record<string, unknown>[]; done: boolean }> {
  const text = await response.text();
  const payloads = text
    .split("\n")
    .filter((line) => line.startsWith("data: "))
    .map((line) => line.slice("data: ".length));
  return {
    done: payloads.at(-1) === "[DONE]",
    chunks: payloads.filter((payload) => payload !== "[DONE]").map((payload) => JSON.parse(payload) as Record<string, unknown>),
  };
}

export const streamedText = (chunks: Record<string, unknown>[]) =>
  chunks.filter((chunk) => chunk.type === "text-delta").map((chunk) => chunk.delta).join("");
