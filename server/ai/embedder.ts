import type { EmbeddingModelV4 } from "@ai-sdk/provider";
import { embedMany } from "ai";
import { AppError } from "../errors";

/** pgvector's HNSW index takes at most 2,000 dimensions. */
export const MAX_INDEXED_DIMENSIONS = 2_000;

/**
 * An embedding model as the knowledge index needs it: every vector is stored with `id`, and
 * `dimensions` picks the index it goes into.
 */
export interface Embedder {
  id: string;
  dimensions: number;
  embed(values: string[], options?: { language?: string | null; abortSignal?: AbortSignal }): Promise<number[][]>;
}

const BATCH = 96;

/** Wraps any AI SDK embedding model; values are sent in batches and checked for the expected size. */
export function createEmbedder(
  model: EmbeddingModelV4,
  info: { id: string; dimensions: number },
  providerOptions: Record<string, Record<string, string | number>> = {},
): Embedder {
  if (info.dimensions > MAX_INDEXED_DIMENSIONS) {
    throw new AppError("INVALID", `Embeddings of ${info.dimensions} dimensions cannot be indexed (at most ${MAX_INDEXED_DIMENSIONS}). Set EMBEDDING_DIMENSIONS lower.`);
  }
  return {
    ...info,
    async embed(values, options = {}) {
      const vectors: number[][] = [];
      for (let start = 0; start < values.length; start += BATCH) {
        const { embeddings } = await embedMany({
          model,
          values: values.slice(start, start + BATCH),
          maxRetries: 2,
          abortSignal: options.abortSignal,
          // The local embedder stems by language; other providers ignore the `local` entry.
          providerOptions: options.language ? { ...providerOptions, local: { language: options.language } } : providerOptions,
        });
        for (const vector of embeddings) {
          if (vector.length !== info.dimensions) {
            throw new AppError("UPSTREAM", `The embedding model ${info.id} returned ${vector.length} dimensions, expected ${info.dimensions}.`);
          }
          vectors.push(vector);
        }
      }
      return vectors;
    },
  };
}
