import { defaultAgentSettings } from "@/server/agents/settings";
import { createExtractiveModel, EXTRACTIVE_MODEL_ID } from "@/server/ai/extractive";
import { getEmbedder } from "@/server/ai/registry";
import { ANSWER_CALIBRATION, FEATURE_NAMES, runTurn, type AnswerabilityFeatures, type AnswerCalibration, type EngineDeps, type HistoryTurn, type ReplyRecord } from "@/server/chat";
import { detectLanguage, knowledgeRetriever } from "@/server/knowledge";
import type { WorkspaceScope } from "@/server/workspaces";
import type { EvalQuery } from "./jsonl";
import { sourceGroup, type TopicShift } from "./topic-shift";

export type AnswerSet = "single" | "multi" | "shift";

/** One evaluated question: the reply the shipped engine gave, and the one it would give if the decision always let it answer. */
export interface AnswerRow {
  set: AnswerSet;
  query: EvalQuery | TopicShift;
  group: string;
  reply: ReplyRecord;
  replyLanguage: string | null;
  features: AnswerabilityFeatures;
  /** Corpus ids the reply cites when the decision lets it answer; null when the model itself would not answer. */
  candidateCitations: string[] | null;
}

const ungated: AnswerCalibration = { ...ANSWER_CALIBRATION, threshold: 0 };
const ignore = { text() {}, source() {} };

export function featuresOf(reply: ReplyRecord): AnswerabilityFeatures {
  return Object.fromEntries(FEATURE_NAMES.map((name) => [name, Number(reply.trace.signals[name] ?? 0)])) as unknown as AnswerabilityFeatures;
}

/**
 * Runs every question through the real engine with the built-in model and the shipped calibration;
 * the ones it did not answer are run again with the decision open, so calibration can be refitted
 * on held-out folds without running the engine per fold.
 */
export async function collectAnswerRows(scope: WorkspaceScope, documentToCorpus: Map<string, string>, sets: [AnswerSet, (EvalQuery | TopicShift)[]][]): Promise<AnswerRow[]> {
  const embedder = await getEmbedder();
  const agent = defaultAgentSettings();
  const deps: EngineDeps = { model: createExtractiveModel(), modelId: EXTRACTIVE_MODEL_ID, retrieve: knowledgeRetriever(scope, embedder), detectLanguage };
  const turn = (query: EvalQuery, calibration?: AnswerCalibration) => {
    const history: HistoryTurn[] = (query.history ?? []).map((entry) => ({ role: entry.role === "user" ? "visitor" : "agent", text: entry.text }));
    return runTurn({ ...deps, calibration }, { agent, brandVoice: null, message: query.query, history, browserLocale: null, conversationLanguage: null, unresolvedTurns: 0, linkHosts: [], humanAvailable: false }, ignore);
  };
  const corpusIds = (reply: ReplyRecord) => reply.citations.map((citation) => documentToCorpus.get(citation.documentId) ?? "");
  const rows: AnswerRow[] = [];
  for (const [set, queries] of sets) {
    for (const query of queries) {
      const reply = await turn(query);
      const features = featuresOf(reply);
      let candidate: ReplyRecord | null = reply.decision === "answer" ? reply : null;
      if (!candidate && reply.trace.passages.length > 0) {
        const open = await turn(query, ungated);
        candidate = open.decision === "answer" ? open : null;
      }
      const visible = reply.text.replace(/\[\d+\]/g, "");
      rows.push({
        set,
        query,
        group: sourceGroup(query),
        reply,
        replyLanguage: await detectLanguage(visible, { candidates: ["en", "sv", "fr", "de", "es"] }),
        features,
        candidateCitations: candidate ? corpusIds(candidate) : null,
      });
    }
  }
  return rows;
}
