import path from "node:path";
import { getEmbedder } from "@/server/ai/registry";
import { searchKnowledge } from "@/server/knowledge";
import { readArgs, defaultDataDir } from "./support/args";
import { loadCorpusWorkspace } from "./support/corpus-workspace";
import { readJsonl, type CorpusDoc, type EvalQuery } from "./support/jsonl";
import { auroc, groupBy, mean, percentile, recallAt, reciprocalRankAt, round } from "./support/metrics";

/**
 * npm run eval:retrieval -- --data <dir>
 * Loads <dir>/corpus.jsonl through the real pipeline into a fresh embedded database, runs
 * <dir>/queries.jsonl, and prints recall@1/5/10 and MRR@10 per language, the AUROC of the retrieval
 * confidence (answerable vs unanswerable), query latency and ingestion time. Last line: JSON.
 */
const args = readArgs();
const dataDir = path.resolve(args.data ?? defaultDataDir());
const corpus = readJsonl<CorpusDoc>(path.join(dataDir, "corpus.jsonl"));
const queries = readJsonl<EvalQuery>(path.join(dataDir, "queries.jsonl"));

console.log(`Loading ${corpus.length} documents from ${dataDir} …`);
const { handle, scope, documentToCorpus, ingestSeconds, failed } = await loadCorpusWorkspace(corpus);
console.log(`Indexed in ${ingestSeconds.toFixed(1)} s (${failed} failed).`);

const embedder = await getEmbedder();
const rows: { query: EvalQuery; ranked: string[]; confidence: number; ms: number }[] = [];
for (const query of queries) {
  const started = performance.now();
  // Thirty passages give at least ten distinct documents to rank; recall is counted per document.
  const response = await searchKnowledge(scope, { embedder }, { query: query.query, limit: 30 });
  const ms = performance.now() - started;
  const ranked = [...new Set(response.results.map((result) => documentToCorpus.get(result.documentId) ?? ""))];
  rows.push({ query, ranked, confidence: response.confidence, ms });
}

const answerable = rows.filter((row) => row.query.answerable);
const byLanguage = groupBy(answerable, (row) => row.query.lang);
const perLanguage = (metric: (row: (typeof rows)[number]) => number) =>
  Object.fromEntries([...byLanguage].map(([lang, group]) => [lang, round(mean(group.map(metric)))]));
const result = {
  "recall@1": perLanguage((row) => recallAt(row.ranked, row.query.relevant, 1)),
  "recall@5": perLanguage((row) => recallAt(row.ranked, row.query.relevant, 5)),
  "recall@10": perLanguage((row) => recallAt(row.ranked, row.query.relevant, 10)),
  "mrr@10": perLanguage((row) => reciprocalRankAt(row.ranked, row.query.relevant, 10)),
  auroc: round(auroc(answerable.map((row) => row.confidence), rows.filter((row) => !row.query.answerable).map((row) => row.confidence))),
  latency_ms: { p50: round(percentile(rows.map((row) => row.ms), 50), 1), p95: round(percentile(rows.map((row) => row.ms), 95), 1) },
  ingest_s: round(ingestSeconds, 1),
};

console.log(`Queries: ${answerable.length} answerable (${[...byLanguage].map(([lang, group]) => `${lang} ${group.length}`).join(", ")}), ${rows.length - answerable.length} unanswerable. Embedder: ${embedder.id}.`);
for (const [name, value] of Object.entries(result)) console.log(`${name.padEnd(10)} ${JSON.stringify(value)}`);
await handle.close();
console.log(JSON.stringify(result));
