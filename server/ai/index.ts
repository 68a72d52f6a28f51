/**
 * server/ai — the model registry (embedders, chat and transcription models, the offline defaults)
 * and the language-aware text tools they share with the answer engine. Web APIs only: the edge
 * chat route imports this surface.
 */
export { getEmbedder, resolveEmbedder, resolveTranscriptionModel } from "./registry";
export { listChatModels, resolveChatModel, LOCAL_MODEL_ID, type ChatModelOption } from "./chat-models";
export { createEmbedder, MAX_INDEXED_DIMENSIONS, type Embedder } from "./embedder";
export { contentTerms, crossLanguageKeys } from "./content-terms";
export { answerTypeOf, statesAnswerType, type AnswerType } from "./answer-type";
export { splitUnits, type Unit } from "./extractive/sentences";
export { tokenize } from "./hash-embedding/normalize";
export { guessLanguage } from "./hash-embedding/guess-language";
export { getStopWords, stopWords, stopWordLanguages, type StopWordLanguage } from "./hash-embedding/stop-words";
