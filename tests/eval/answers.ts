import path from "node:path";
import { defaultAgentSettings } from "@/server/agents/settings";
import { createExtractiveModel, EXTRACTIVE_MODEL_ID } from "@/server/ai/extractive";
import { getEmbedder } from "@/server/ai/registry";
import { runTurn, type HistoryTurn, type ReplyRecord } from "@/server/chat";
import { detectLanguage, knowledgeRetriever } from "@/server/knowledge";
import { defaultDataDir, readArgs } from "./support/args";
import { loadCorpusWorkspace } from "./support/corpus-workspace";
import { readJsonl, type CorpusDoc, type EvalQuery } from "./support/jsonl";
import { mean, round } from "./support/metrics";

/**
 * npm run eval:answers -- --data <dir>
 * Runs the answer engine with the embedded default (extractive) model over <dir>/queries.jsonl and
 * <dir>/queries.multiturn.jsonl, content from <dir>/corpus.jsonl, and reports: of the answers given
 * to answerable questions, the share citing a relevant document (and how many were answered at
 * all); unanswerable ones that clarify or hand off; citation precision; reply-language match.
 * Last line: JSON.
 */
const args = readArgs();
const dataDir = path.resolve(args.data ?? defaultDataDir());
const corpus = readJsonl<CorpusDoc>(path.join(dataDir, "corpus.jsonl"));
const single = readJsonl<EvalQuery>(path.join(dataDir, "queries.jsonl"));
const multi = readJsonl<EvalQuery>(path.join(dataDir, "queries.multiturn.jsonl"));

const { handle, scope, documentToCorpus } = await loadCorpusWorkspace(corpus);
const embedder = await getEmbedder();
const agent = defaultAgentSettings();
const deps = { model: createExtractiveModel(), modelId: EXTRACTIVE_MODEL_ID, retrieve: knowledgeRetriever(scope, embedder), detectLanguage };
const ignore = { text() {}, source() {} };

interface Row {
  set: "single" | "multi";
  query: EvalQuery;
  reply: ReplyRecord;
  replyLanguage: string | null;
}
const rows: Row[] = [];
for (const [set, queries] of [["single", single], ["multi", multi]] as const) {
  for (const query of queries) {
    const history: HistoryTurn[] = (query.history ?? []).map((turn) => ({ role: turn.role === "user" ? "visitor" : "agent", text: turn.text }));
    const reply = await runTurn(deps, { agent, brandVoice: null, message: query.query, history, browserLocale: null, conversationLanguage: null, unresolvedTurns: 0, linkHosts: [], humanAvailable: false }, ignore);
    const visible = reply.text.replace(/\[\d+\]/g, "");
    rows.push({ set, query, reply, replyLanguage: await detectLanguage(visible, { candidates: ["en", "sv", "fr", "de", "es"] }) });
  }
}

const citedDocs = (row: Row) => row.reply.citations.map((citation) => documentToCorpus.get(citation.documentId) ?? "");
const answerable = rows.filter((row) => row.query.answerable);
const unanswerable = rows.filter((row) => !row.query.answerable);
const answered = answerable.filter((row) => row.reply.decision === "answer");
const allCitations = answered.flatMap((row) => citedDocs(row).map((doc) => row.query.relevant.includes(doc)));
const share = (list: Row[], test: (row: Row) => boolean) => round(mean(list.map((row) => (test(row) ? 1 : 0))));
// "The share of answers that cite a relevant document": among answerable questions the engine answered.
const result = {
  answerable_cited_correct: share(answered, (row) => citedDocs(row).some((doc) => row.query.relevant.includes(doc))),
  answered_share: share(answerable, (row) => row.reply.decision === "answer"),
  unanswerable_no_answer: share(unanswerable, (row) => row.reply.decision !== "answer"),
  citation_precision: round(mean(allCitations.map((ok) => (ok ? 1 : 0)))),
  language_match: share(rows, (row) => row.replyLanguage === row.query.lang),
};
const bySet = (set: Row["set"]) => ({
  answerable_cited_correct: share(answered.filter((row) => row.set === set), (row) => citedDocs(row).some((doc) => row.query.relevant.includes(doc))),
  unanswerable_no_answer: share(unanswerable.filter((row) => row.set === set), (row) => row.reply.decision !== "answer"),
  answered: share(answerable.filter((row) => row.set === set), (row) => row.reply.decision === "answer"),
});
console.log(`Replies: ${rows.length} (${answerable.length} answerable, ${unanswerable.length} unanswerable). Decisions: ${["answer", "clarify", "handoff"].map((d) => `${d} ${rows.filter((row) => row.reply.decision === d).length}`).join(", ")}.`);
console.log(`single-turn ${JSON.stringify(bySet("single"))}`);
console.log(`multi-turn  ${JSON.stringify(bySet("multi"))}`);
const mismatched = rows.filter((row) => row.replyLanguage !== row.query.lang);
for (const row of mismatched.slice(0, 5)) console.log(`  reply in ${row.replyLanguage} to a ${row.query.lang} question ${JSON.stringify(row.query.query.slice(0, 70))}: ${row.reply.text.slice(0, 70)}`);
console.log(`latency p50 ${round(rows.map((row) => row.reply.latencyMs).sort((a, b) => a - b)[Math.floor(rows.length / 2)]!, 0)} ms`);
for (const [name, value] of Object.entries(result)) console.log(`${name.padEnd(26)} ${value}`);
await handle.close();
console.log(JSON.stringify(result));
