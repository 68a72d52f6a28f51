/**
 * Offline experiment that chose the local embedder's parameters and the chunk size.
 * Run: npx tsx tests/lab/embedder-lab.ts   (about a minute on one core)
 *
 * It chunks /work/shared/eval/corpus.jsonl with the real chunker, embeds chunks and the
 * answerable single-turn queries, ranks documents by their best chunk (brute-force cosine), and
 * prints recall@1/5/10 and MRR@10 per language for a small grid of settings, next to BM25 over
 * the same chunks and an RRF fusion of the two (what the Postgres retriever does). Documents and
 * queries get their language from detectLanguage, as ingestion and the answer engine will.
 * The last line is JSON.
 */
import { readFileSync } from "node:fs";
import { createLocalEmbedder, type LocalEmbedderOptions } from "@/server/ai/local-embedder";
import { chunkEmbeddingText, chunkMarkdown, DEFAULT_MAX_CHARS, DEFAULT_OVERLAP_CHARS } from "@/server/knowledge/chunk";
import { detectLanguage } from "@/server/knowledge/language";
import {
  analyzeForBm25,
  buildBm25,
  fuseRrf,
  rankDocuments,
  scoreRankings,
  searchCosine,
  type Metrics,
  type RankedChunk,
} from "./lab-retrieval";

const EVAL_DIR = process.env.EVAL_DIR ?? "/work/shared/eval";
const LANGUAGES = ["en", "sv"] as const;
const DEPTH = 50;

type Doc = { id: string; title: string; text: string; lang: string };
type Query = { id: string; query: string; lang: string; relevant: string[]; answerable: boolean };
type ChunkSet = { texts: string[]; docIds: string[]; languages: string[]; chars: number };

function readJsonl<T>(name: string): T[] {
  return readFileSync(`${EVAL_DIR}/${name}`, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

const docs = readJsonl<Doc>("corpus.jsonl");
const queries = readJsonl<Query>("queries.jsonl").filter((query) => query.answerable);
const docLanguage = new Map<string, string>();
for (const doc of docs) docLanguage.set(doc.id, (await detectLanguage(`${doc.title}\n${doc.text}`)) ?? "en");
const queryLanguage = await Promise.all(
  queries.map(async (query) => (await detectLanguage(query.query, { candidates: ["en", "sv", "fr", "de", "es"] })) ?? "en"),
);

const chunkSets = new Map<number, ChunkSet>();
function getChunks(maxChars: number): ChunkSet {
  const cached = chunkSets.get(maxChars);
  if (cached) return cached;
  const set: ChunkSet = { texts: [], docIds: [], languages: [], chars: 0 };
  const overlapChars = Math.round((DEFAULT_OVERLAP_CHARS * maxChars) / DEFAULT_MAX_CHARS);
  for (const doc of docs) {
    for (const chunk of chunkMarkdown(doc.text, { title: doc.title, maxChars, overlapChars })) {
      set.texts.push(chunkEmbeddingText(chunk, doc.title));
      set.docIds.push(doc.id);
      set.languages.push(docLanguage.get(doc.id) ?? "en");
      set.chars += chunk.content.length;
    }
  }
  chunkSets.set(maxChars, set);
  return set;
}

type Result = Record<(typeof LANGUAGES)[number], Metrics>;

function evaluate(search: (queryIndex: number) => RankedChunk[], chunks: ChunkSet): Result {
  const result = {} as Result;
  for (const language of LANGUAGES) {
    const rankings = queries
      .map((query, index) => ({ query, index }))
      .filter(({ query }) => query.lang === language)
      .map(({ query, index }) => ({ docs: rankDocuments(search(index), chunks.docIds), relevant: query.relevant }));
    result[language] = scoreRankings(rankings);
  }
  return result;
}

const bm25Cache = new Map<number, RankedChunk[][]>();
function bm25Hits(maxChars: number): RankedChunk[][] {
  const cached = bm25Cache.get(maxChars);
  if (cached) return cached;
  const chunks = getChunks(maxChars);
  const index = buildBm25(chunks.texts.map((text, i) => analyzeForBm25(text, chunks.languages[i] as string)));
  const hits = queries.map((query, i) => index.search(analyzeForBm25(query.query, queryLanguage[i] as string), DEPTH));
  bm25Cache.set(maxChars, hits);
  return hits;
}

type Setting = { name: string; maxChars: number; embedder: LocalEmbedderOptions; guessLanguage?: boolean };

function runSetting(setting: Setting): { dense: Result; hybrid: Result; modelId: string } {
  const chunks = getChunks(setting.maxChars);
  const embedder = createLocalEmbedder(setting.embedder);
  const language = (value: string | undefined) => (setting.guessLanguage ? undefined : value);
  const vectors = chunks.texts.map((text, i) => embedder.embedText(text, language(chunks.languages[i])));
  const denseHits = queries.map((query, i) =>
    searchCosine(embedder.embedText(query.query, language(queryLanguage[i])), vectors, DEPTH),
  );
  const lexical = bm25Hits(setting.maxChars);
  return {
    modelId: embedder.modelId,
    dense: evaluate((i) => denseHits[i] as RankedChunk[], chunks),
    hybrid: evaluate((i) => fuseRrf([denseHits[i] as RankedChunk[], lexical[i] as RankedChunk[]]), chunks),
  };
}

/** Throughput on ~1,500-character chunks; the first pass includes JIT warm-up and empty stem caches. */
function measureSpeed(): { chunks: number; averageChars: number; firstPassPerSecond: number; steadyPerSecond: number } {
  const long = getChunks(1500);
  const texts = long.texts.filter((text) => text.length >= 1200);
  const languages = long.languages.filter((_, i) => (long.texts[i] as string).length >= 1200);
  const embedder = createLocalEmbedder();
  const timePass = () => {
    const started = performance.now();
    texts.forEach((text, i) => embedder.embedText(text, languages[i]));
    return (performance.now() - started) / 1000;
  };
  const first = timePass();
  const steady = Math.min(timePass(), timePass(), timePass());
  return {
    chunks: texts.length,
    averageChars: Math.round(texts.reduce((sum, text) => sum + text.length, 0) / texts.length),
    firstPassPerSecond: Math.round(texts.length / first),
    steadyPerSecond: Math.round(texts.length / steady),
  };
}

const base: Setting = { name: "default", maxChars: DEFAULT_MAX_CHARS, embedder: {} };
const settings: Setting[] = [
  base,
  { ...base, name: "dim 256", embedder: { dimensions: 256 } },
  { ...base, name: "dim 384", embedder: { dimensions: 384 } },
  { ...base, name: "no char n-grams", embedder: { charNgramMin: 0 } },
  { ...base, name: "char 3-4", embedder: { charNgramMax: 4 } },
  { ...base, name: "char 4-5", embedder: { charNgramMin: 4 } },
  { ...base, name: "words + stops only", embedder: { weights: { bigram: 0, char: 0 } } },
  { ...base, name: "char 0.6", embedder: { weights: { char: 0.6 } } },
  { ...base, name: "char 1.5", embedder: { weights: { char: 1.5 } } },
  { ...base, name: "bigram 0", embedder: { weights: { bigram: 0 } } },
  { ...base, name: "bigram 0.5", embedder: { weights: { bigram: 0.5 } } },
  { ...base, name: "stop 0", embedder: { weights: { stop: 0 } } },
  { ...base, name: "language guessed inside", guessLanguage: true },
  { ...base, name: "chunks 500", maxChars: 500 },
  { ...base, name: "chunks 1200", maxChars: 1200 },
  { ...base, name: "chunks 1600", maxChars: 1600 },
];

const speed = measureSpeed();
console.log(`embedding speed, one core: ${JSON.stringify(speed)}`);

const format = (value: number) => value.toFixed(3);
const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
console.log(`queries: ${LANGUAGES.map((l) => `${l} ${queries.filter((q) => q.lang === l).length}`).join(", ")}`);
console.log(
  `language detection: docs ${docs.filter((d) => docLanguage.get(d.id) === d.lang).length}/${docs.length}, ` +
    `queries ${queries.filter((q, i) => queryLanguage[i] === q.lang).length}/${queries.length}`,
);
console.log(row(["setting", "chunks", ...LANGUAGES.flatMap((l) => [`${l} R@1`, `${l} R@5`, `${l} R@10`, `${l} MRR`]), "RRF en R@5", "RRF sv R@5"]));
console.log(row(Array.from({ length: 12 }, () => "---")));

const summary: Record<string, unknown> = {};
for (const maxChars of [500, DEFAULT_MAX_CHARS, 1200, 1600]) {
  const hits = bm25Hits(maxChars);
  const result = evaluate((i) => hits[i] as RankedChunk[], getChunks(maxChars));
  const cells = LANGUAGES.flatMap((l) => [result[l].r1, result[l].r5, result[l].r10, result[l].mrr10].map(format));
  console.log(row([`BM25 chunks ${maxChars}`, String(getChunks(maxChars).texts.length), ...cells, "", ""]));
  summary[`bm25-${maxChars}`] = result;
}
for (const setting of settings) {
  const { dense, hybrid, modelId } = runSetting(setting);
  const cells = LANGUAGES.flatMap((l) => [dense[l].r1, dense[l].r5, dense[l].r10, dense[l].mrr10].map(format));
  const chunkCount = String(getChunks(setting.maxChars).texts.length);
  console.log(row([`${setting.name} (${modelId})`, chunkCount, ...cells, format(hybrid.en.r5), format(hybrid.sv.r5)]));
  summary[setting.name] = { modelId, dense, hybrid };
}
console.log(JSON.stringify({ speed, summary }));
