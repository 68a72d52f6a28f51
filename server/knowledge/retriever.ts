import type { Embedder } from "@/server/ai";
import type { Retrieve } from "@/server/chat";
import type { WorkspaceScope } from "../workspaces";
import { searchKnowledge } from "./retrieval/search";
import { shortAnswerBody } from "./short-answer-format";

/** The answer engine's view of this workspace's knowledge. */
export function knowledgeRetriever(scope: WorkspaceScope, embedder: Embedder, limit = 8): Retrieve {
  return async (query, options) => {
    const response = await searchKnowledge(scope, { embedder }, { query, sourceIds: options.sourceIds ?? undefined, limit, languageHint: options.languageHint });
    return {
      confidence: response.confidence,
      signals: { ...response.signals },
      timings: response.timings,
      passages: response.results.map((result) => ({
        chunkId: result.id,
        documentId: result.documentId,
        title: result.title,
        url: result.url,
        anchor: result.anchor,
        headingPath: result.headingPath,
        content: result.content,
        language: result.language,
        score: result.score,
        vectorSimilarity: result.vectorSimilarity,
        textScore: result.textScore,
        sourceKind: result.sourceKind,
        quote: result.sourceKind === "short_answers" ? shortAnswerBody(result.content) : null,
      })),
    };
  };
}
