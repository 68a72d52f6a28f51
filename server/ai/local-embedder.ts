import type { EmbeddingModelV4, EmbeddingModelV4CallOptions, EmbeddingModelV4Result, SharedV4Warning } from "@ai-sdk/provider";
import { AppError } from "@/server/errors";
import { hashString } from "./hash-embedding/hash";
import { embedTokens, tokenize, type HashEmbeddingParams } from "./hash-embedding/hash-features";
import { guessLanguage } from "./hash-embedding/guess-language";

/**
 * The embedded default embedding model: deterministic feature hashing, no weights to download.
 * It implements the AI SDK's EmbeddingModelV4, so `embed()` / `embedMany()` use it unchanged.
 *
 * Language: the SDK passes bare strings, so each value's stemmer is chosen by a cheap stop-word
 * guess, unless the caller names the language for the whole call with
 * `providerOptions: { local: { language: "sv" } }` (ingestion knows each document's language;
 * the answer engine detects the question's). Character n-grams are language-agnostic, so a wrong
 * or missing guess degrades recall gracefully instead of breaking it.
 *
 * Parameters were chosen with tests/lab/embedder-lab.ts. Stored vectors are tagged with the
 * model id, so ALGORITHM_VERSION must be bumped whenever the feature extraction changes.
 */
const ALGORITHM_VERSION = "v1";
const PROVIDER = "local";

export const defaultLocalEmbedderParams: HashEmbeddingParams = {
  dimensions: 512,
  charNgramMin: 3,
  charNgramMax: 5,
  weights: { word: 1, bigram: 0.25, char: 1, stop: 0.1 },
};

export type LocalEmbedderOptions = Partial<Omit<HashEmbeddingParams, "weights">> & {
  weights?: Partial<HashEmbeddingParams["weights"]>;
};

// Long synchronous batches would stall the server; hand the event loop back this often.
const YIELD_EVERY_MS = 25;

function resolveParams(options: LocalEmbedderOptions): HashEmbeddingParams {
  const base = defaultLocalEmbedderParams;
  return {
    dimensions: options.dimensions ?? base.dimensions,
    charNgramMin: options.charNgramMin ?? base.charNgramMin,
    charNgramMax: options.charNgramMax ?? base.charNgramMax,
    weights: { ...base.weights, ...options.weights },
  };
}

/** `local-hash-v1-512` for the defaults; other parameters add a short fingerprint. */
export function localEmbedderModelId(params: HashEmbeddingParams): string {
  const base = `local-hash-${ALGORITHM_VERSION}-${params.dimensions}`;
  const { dimensions: _dimensions, ...rest } = params;
  const { dimensions: _defaultDimensions, ...defaultRest } = defaultLocalEmbedderParams;
  const fingerprint = JSON.stringify(rest);
  if (fingerprint === JSON.stringify(defaultRest)) return base;
  return `${base}-${hashString(fingerprint, 0).toString(36)}`;
}

function readLanguageOption(options: EmbeddingModelV4CallOptions): string | null {
  const language = options.providerOptions?.[PROVIDER]?.language;
  if (typeof language !== "string") return null;
  const code = language.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  // A known language without a stemmer still beats a guess: it turns stemming off.
  return /^[a-z]{2}$/.test(code) ? code : null;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type LocalEmbedder = EmbeddingModelV4 & {
  readonly dimensions: number;
  /** Synchronous embedding for callers outside the SDK (benchmarks, the lab). */
  embedText(text: string, language?: string | null): Float32Array;
};

export function createLocalEmbedder(options: LocalEmbedderOptions = {}): LocalEmbedder {
  const params = resolveParams(options);
  if (!Number.isInteger(params.dimensions) || params.dimensions < 16 || params.dimensions > 2048) {
    throw new AppError("INVALID", "The local embedder's dimensions must be an integer from 16 to 2048.");
  }
  const modelId = localEmbedderModelId(params);

  function embedOne(text: string, language: string | null | undefined): { vector: Float32Array; tokenCount: number } {
    const tokens = tokenize(text);
    const resolved = language ?? guessLanguage(tokens, text);
    return embedTokens(tokens, resolved, params);
  }

  return {
    specificationVersion: "v4",
    provider: PROVIDER,
    modelId,
    dimensions: params.dimensions,
    maxEmbeddingsPerCall: 2048,
    supportsParallelCalls: false,
    embedText: (text, language) => embedOne(text, language).vector,
    async doEmbed(callOptions: EmbeddingModelV4CallOptions): Promise<EmbeddingModelV4Result> {
      const warnings: SharedV4Warning[] = [];
      if (callOptions.dimensions !== undefined && callOptions.dimensions !== params.dimensions) {
        warnings.push({
          type: "unsupported",
          feature: "dimensions",
          details: `${modelId} always returns ${params.dimensions} dimensions.`,
        });
      }
      const language = readLanguageOption(callOptions);
      const embeddings: number[][] = [];
      let tokens = 0;
      let lastYield = performance.now();
      for (const value of callOptions.values) {
        callOptions.abortSignal?.throwIfAborted();
        const { vector, tokenCount } = embedOne(value, language);
        embeddings.push(Array.from(vector));
        tokens += tokenCount;
        if (performance.now() - lastYield > YIELD_EVERY_MS) {
          await yieldToEventLoop();
          lastYield = performance.now();
        }
      }
      return { embeddings, usage: { tokens }, warnings };
    },
  };
}
