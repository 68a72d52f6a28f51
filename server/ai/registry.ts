import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { EmbeddingModelV4, TranscriptionModelV4 } from "@ai-sdk/provider";
import { embed } from "ai";
import { env, type Env } from "@/env";
import { AppError } from "../errors";
import { createEmbedder, type Embedder } from "./embedder";
import { createLocalEmbedder } from "./local-embedder";

type AiSettings = Pick<
  Env,
  | "OPENAI_API_KEY"
  | "OPENAI_BASE_URL"
  | "OPENAI_COMPATIBLE_BASE_URL"
  | "OPENAI_COMPATIBLE_API_KEY"
  | "EMBEDDING_PROVIDER"
  | "EMBEDDING_MODEL"
  | "EMBEDDING_DIMENSIONS"
  | "TRANSCRIPTION_MODEL"
>;

function embeddingProvider(settings: AiSettings) {
  return settings.EMBEDDING_PROVIDER ?? (settings.OPENAI_API_KEY ? "openai" : "local");
}

function remoteEmbeddingModel(settings: AiSettings): { model: EmbeddingModelV4; id: string } {
  if (embeddingProvider(settings) === "openai") {
    if (!settings.OPENAI_API_KEY) throw new AppError("INVALID", "EMBEDDING_PROVIDER=openai needs OPENAI_API_KEY.");
    const modelId = settings.EMBEDDING_MODEL ?? "text-embedding-3-small";
    const openai = createOpenAI({ apiKey: settings.OPENAI_API_KEY, baseURL: settings.OPENAI_BASE_URL });
    return { model: openai.embedding(modelId), id: `openai:${modelId}` };
  }
  if (!settings.OPENAI_COMPATIBLE_BASE_URL || !settings.EMBEDDING_MODEL) {
    throw new AppError("INVALID", "EMBEDDING_PROVIDER=openai-compatible needs OPENAI_COMPATIBLE_BASE_URL and EMBEDDING_MODEL.");
  }
  const provider = createOpenAICompatible({
    name: "compatible",
    baseURL: settings.OPENAI_COMPATIBLE_BASE_URL,
    apiKey: settings.OPENAI_COMPATIBLE_API_KEY,
  });
  return { model: provider.embeddingModel(settings.EMBEDDING_MODEL), id: `compatible:${settings.EMBEDDING_MODEL}` };
}

/**
 * The embedding model chosen by configuration: the local, offline embedder unless a provider is
 * configured. A remote model's vector size is asked of it once when EMBEDDING_DIMENSIONS is unset.
 */
export async function resolveEmbedder(settings: AiSettings = env): Promise<Embedder> {
  if (embeddingProvider(settings) === "local") {
    const local = createLocalEmbedder();
    return createEmbedder(local, { id: local.modelId, dimensions: local.dimensions });
  }
  const { model, id } = remoteEmbeddingModel(settings);
  const requested = settings.EMBEDDING_DIMENSIONS;
  if (!requested) {
    const dimensions = (await embed({ model, value: "dimension probe", maxRetries: 1 })).embedding.length;
    return createEmbedder(model, { id, dimensions });
  }
  return createEmbedder(model, { id: `${id}@${requested}`, dimensions: requested }, { openai: { dimensions: requested }, compatible: { dimensions: requested } });
}

let cached: Promise<Embedder> | undefined;

/** The process-wide embedder, resolved once. */
export function getEmbedder(): Promise<Embedder> {
  cached ??= resolveEmbedder().catch((error) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** Speech-to-text for video and audio files, when a provider is configured; null otherwise. */
export function resolveTranscriptionModel(settings: AiSettings = env): TranscriptionModelV4 | null {
  if (settings.OPENAI_API_KEY) {
    const openai = createOpenAI({ apiKey: settings.OPENAI_API_KEY, baseURL: settings.OPENAI_BASE_URL });
    return openai.transcription(settings.TRANSCRIPTION_MODEL ?? "whisper-1");
  }
  return null;
}
