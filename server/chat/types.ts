import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { AgentSettings } from "@/server/agents";
import type { AnswerCalibration } from "./answerability/calibration";
import type { DetectLanguage } from "./language";
import type { StepTimings } from "./timings";

export type Decision = "answer" | "clarify" | "handoff";

/** A retrieved passage as the engine needs it, whatever the retriever behind it (knowledge's SearchResult derives from it). */
export interface RetrievedPassage {
  chunkId: string;
  documentId: string;
  title: string;
  url: string | null;
  anchor: string | null;
  headingPath: string[];
  content: string;
  language: string | null;
  score: number;
  vectorSimilarity: number | null;
  textScore: number | null;
  sourceKind: string;
  /** For a short answer: its answer as the admin wrote it, to be quoted as is (the content also holds its other phrasings, for matching). */
  quote?: string | null;
}

export interface Retrieval {
  passages: RetrievedPassage[];
  confidence: number;
  signals: Record<string, number | boolean>;
  /** Milliseconds per retrieval step, when the retriever measures them. */
  timings?: Record<string, number>;
}

export type Retrieve = (query: string, options: { sourceIds: string[] | null; languageHint: string | null }) => Promise<Retrieval>;

export interface HistoryTurn {
  role: "visitor" | "agent";
  text: string;
  decision?: Decision | null;
}

export interface Citation {
  n: number;
  title: string;
  url: string | null;
  documentId: string;
  chunkId: string;
}

/** What the "why" panel shows for a reply, and what is stored with it. */
export interface ReplyTrace {
  standaloneQuestion: string | null;
  replyLanguage: string;
  retrievalConfidence: number | null;
  modelDecision: Decision | null;
  passages: { n: number; chunkId: string; title: string; url: string | null; headingPath: string[]; score: number; vectorSimilarity: number | null; textScore: number | null; excerpt: string }[];
  signals: Record<string, number | boolean>;
  removedInstructions: number;
  reason: string;
  /** Milliseconds from the start of the turn until the model was asked to answer (null when it never was). */
  beforeModelMs: number | null;
}

export interface ReplyRecord {
  text: string;
  language: string;
  decision: Decision;
  confidence: number | null;
  citations: Citation[];
  triggers: string[];
  model: string;
  inputTokens: number | null;
  outputTokens: number | null;
  latencyMs: number;
  trace: ReplyTrace;
}

/** Everything the engine needs, passed in so it runs the same in Node, on the edge and in tests. */
export interface EngineDeps {
  model: LanguageModelV4;
  modelId: string;
  retrieve: Retrieve;
  detectLanguage: DetectLanguage;
  now?: () => number;
  /** The answer decision's weights; the shipped calibration unless an evaluation tries others. */
  calibration?: AnswerCalibration;
  /** Records how long each step took, when the caller wants to know. */
  timings?: StepTimings;
}

export interface TurnInput {
  agent: AgentSettings;
  brandVoice: string | null;
  message: string;
  history: HistoryTurn[];
  browserLocale: string | null;
  conversationLanguage: string | null;
  /** Replies in a row that did not answer: after a clarification that did not help, the next miss hands off. */
  unresolvedTurns: number;
  /** Hosts links in replies may point to: the agent's allowed domains. */
  linkHosts: string[];
  /** Whether a person can take over now. */
  humanAvailable: boolean;
  /** Aborts model calls when the visitor is gone. */
  abortSignal?: AbortSignal;
}
