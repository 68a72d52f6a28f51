import { readFileSync } from "node:fs";
import path from "node:path";
import { collectAnswerRows, type AnswerRow } from "./support/answer-rows";
import { fitCalibration, metricsUnder } from "./support/calibration-fit";
import { defaultDataDir, readArgs } from "./support/args";
import { loadCorpusWorkspace } from "./support/corpus-workspace";
import { readJsonl, type CorpusDoc, type EvalQuery } from "./support/jsonl";

/**
 * npx tsx tests/eval/calibrate.ts --data <dir> [--rows rows.json]
 * Fits the answer decision's weights and threshold on all of the development data with the
 * procedure that `npm run eval:answers` cross-validates, and prints them for
 * server/chat/answerability/calibration.ts. `--rows` reuses the rows eval:answers wrote with --rows-out.
 */
const args = readArgs();
let rows: AnswerRow[];
if (args.rows) {
  rows = JSON.parse(readFileSync(args.rows, "utf8")) as AnswerRow[];
} else {
  const dataDir = path.resolve(args.data ?? defaultDataDir());
  const corpus = readJsonl<CorpusDoc>(path.join(dataDir, "corpus.jsonl"));
  const single = readJsonl<EvalQuery>(path.join(dataDir, "queries.jsonl"));
  const multi = readJsonl<EvalQuery>(path.join(dataDir, "queries.multiturn.jsonl"));
  const { handle, scope, documentToCorpus } = await loadCorpusWorkspace(corpus);
  rows = await collectAnswerRows(scope, documentToCorpus, [["single", single], ["multi", multi]]);
  await handle.close();
}
const fitted = rows.filter((row) => row.set !== "shift");
const calibration = fitCalibration(fitted);
console.log(`fitted on ${fitted.length} questions (figures on the fit, not held out): ${JSON.stringify(metricsUnder(fitted, calibration))}`);
console.log(JSON.stringify(calibration));
