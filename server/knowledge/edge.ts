/**
 * The part of server/knowledge the edge chat route reaches (through the answer engine's
 * composition): retrieval, language detection and question candidates, without the parsers and
 * crawlers the full surface (index.ts) carries.
 */
export { detectLanguage, textSearchConfig } from "./language";
export { knowledgeRetriever } from "./retriever";
export { listQuestionCandidates, type QuestionQuery } from "./questions";
