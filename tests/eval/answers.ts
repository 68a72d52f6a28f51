import { writeFileSync } from "node:fs";
import path from "node:path";
import { ANSWER_CALIBRATION } from "@/server/chat";
import { collectAnswerRows, type AnswerRow } from "./support/answer-rows";
import { crossValidate } from "./support/calibration-fit";
import { defaultDataDir, readArgs } from "./support/args";
import { loadCorpusWorkspace } from "./support/corpus-workspace";
import { readJsonl, type CorpusDoc, type EvalQuery } from "./support/jsonl";
import { mean, round } from "./support/metrics";
import { buildTopicShifts, type TopicShift } from "./support/topic-shift";

/**
 * npm run eval:answers -- --data <dir> [--folds 5] [--rows-out rows.json]
 * Runs the answer engine with the embedded default (extractive) model over <dir>/queries.jsonl and
 * <dir>/queries.multiturn.jsonl, content from <dir>/corpus.jsonl, and reports: of the answers given
 * to answerable questions, the share citing a relevant document (and how many were answered at
 * all); unanswerable ones that clarify or hand off; citation precision; reply-language match.
 * Then the same figures cross-validated: the calibration (server/chat/answerability/calibration.ts)
 * refitted in k folds grouped by source document, each scored on the fold it did not see — mean
 * and worst fold. Finally a topic-shift set (a dialogue's history, then another document's
 * question): the share of replies that cite the earlier topic. Last line: JSON.
 */
const args = readArgs();
const dataDir = path.resolve(args.data ?? defaultDataDir());
const folds = Number(args.folds ?? 5);
const corpus = readJsonl<CorpusDoc>(path.join(dataDir, "corpus.jsonl"));
const single = readJsonl<EvalQuery>(path.join(dataDir, "queries.jsonl"));
const multi = readJsonl<EvalQuery>(path.join(dataDir, "queries.multiturn.jsonl"));
const shifts = buildTopicShifts(multi, single);

const { handle, scope, documentToCorpus } = await loadCorpusWorkspace(corpus);
const all = await collectAnswerRows(scope, documentToCorpus, [["single", single], ["multi", multi], ["shift", shifts]]);
await handle.close();
if (args["rows-out"]) writeFileSync(args["rows-out"], JSON.stringify(all));

const rows = all.filter((row) => row.set !== "shift");
const shifted = all.filter((row) => row.set === "shift");
const citedDocs = (row: AnswerRow) => row.reply.citations.map((citation) => documentToCorpus.get(citation.documentId) ?? "");
const answerable = rows.filter((row) => row.query.answerable);
const unanswerable = rows.filter((row) => !row.query.answerable);
const answered = answerable.filter((row) => row.reply.decision === "answer");
const allCitations = answered.flatMap((row) => citedDocs(row).map((doc) => row.query.relevant.includes(doc)));
const share = (list: AnswerRow[], test: (row: AnswerRow) => boolean) => round(mean(list.map((row) => (test(row) ? 1 : 0))));
const citesRelevant = (row: AnswerRow) => citedDocs(row).some((doc) => row.query.relevant.includes(doc));
const cv = crossValidate(rows, folds);
// "The share of answers that cite a relevant document": among answerable questions the engine answered.
const result = {
  answerable_cited_correct: share(answered, citesRelevant),
  answered_share: share(answerable, (row) => row.reply.decision === "answer"),
  unanswerable_no_answer: share(unanswerable, (row) => row.reply.decision !== "answer"),
  citation_precision: round(mean(allCitations.map((ok) => (ok ? 1 : 0)))),
  language_match: share(rows, (row) => row.replyLanguage === row.query.lang),
  cv_worst_cited_correct: cv.worst.cited_correct,
  cv_worst_no_answer: cv.worst.no_answer,
  cv_worst_citation_precision: cv.worst.citation_precision,
  cv_worst_answered_share: cv.worst.answered_share,
  topic_shift_bleed: share(shifted, (row) => citedDocs(row).some((doc) => (row.query as TopicShift).previousTopic.includes(doc))),
};
const bySet = (set: AnswerRow["set"]) => ({
  answerable_cited_correct: share(answered.filter((row) => row.set === set), citesRelevant),
  unanswerable_no_answer: share(unanswerable.filter((row) => row.set === set), (row) => row.reply.decision !== "answer"),
  answered: share(answerable.filter((row) => row.set === set), (row) => row.reply.decision === "answer"),
});
console.log(`Replies: ${rows.length} (${answerable.length} answerable, ${unanswerable.length} unanswerable). Decisions: ${["answer", "clarify", "handoff"].map((d) => `${d} ${rows.filter((row) => row.reply.decision === d).length}`).join(", ")}.`);
console.log(`single-turn ${JSON.stringify(bySet("single"))}`);
console.log(`multi-turn  ${JSON.stringify(bySet("multi"))}`);
console.log(`topic shift ${shifted.length} dialogues: answered ${share(shifted, (row) => row.reply.decision === "answer")}, cites the new question's document ${share(shifted.filter((row) => row.reply.decision === "answer"), citesRelevant)}`);
const mismatched = rows.filter((row) => row.replyLanguage !== row.query.lang);
for (const row of mismatched.slice(0, 5)) console.log(`  reply in ${row.replyLanguage} to a ${row.query.lang} question ${JSON.stringify(row.query.query.slice(0, 70))}: ${row.reply.text.slice(0, 70)}`);
console.log(`latency p50 ${round(rows.map((row) => row.reply.latencyMs).sort((a, b) => a - b)[Math.floor(rows.length / 2)]!, 0)} ms`);
console.log(`calibration in use: ${JSON.stringify(ANSWER_CALIBRATION)}`);
console.log(`cross-validated, ${folds} folds grouped by source document (held-out figures):`);
cv.folds.forEach((fold, i) => console.log(`  fold ${i + 1} ${JSON.stringify(fold)}`));
console.log(`  mean   ${JSON.stringify(cv.mean)}`);
console.log(`  worst  ${JSON.stringify(cv.worst)}`);
for (const [name, value] of Object.entries(result)) console.log(`${name.padEnd(28)} ${value}`);
console.log(JSON.stringify(result));
