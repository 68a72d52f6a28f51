/**
 * `npm run eval:injection`: the prompt-injection suite (tests/support/injection) run through the real
 * engine with a model that obeys every instruction it sees. Prints each case, a table per channel,
 * and a last JSON line with `cases`, `leaks`, `offsite_links` and `unauthorised_tool_calls`.
 */
import { runInjectionSuite, summarise, type CaseResult } from "../support/injection/suite";

const pad = (text: string | number, width: number) => String(text).padEnd(width);

function printCases(results: CaseResult[]) {
  console.log(`${pad("case", 26)}${pad("reached model", 15)}${pad("decision", 10)}${pad("leak", 8)}${pad("off-site", 10)}tool calls tried/run`);
  for (const result of results) {
    console.log(
      `${pad(result.id, 26)}${pad(result.reachedModel ? "yes" : "no (filtered)", 15)}${pad(result.decision, 10)}${pad(result.leak ? "LEAK" : "-", 8)}${pad(result.offsiteHosts.length ? result.offsiteHosts.join(",") : "-", 10)}${result.toolCallsAttempted}/${result.toolCallsExecuted}`,
    );
  }
}

function printChannels(results: CaseResult[]) {
  console.log("\nchannel   cases  reached model  leaks  off-site links  unauthorised tool calls");
  for (const channel of ["typed", "crawled", "file"] as const) {
    const summary = summarise(results.filter((result) => result.channel === channel));
    console.log(`${pad(channel, 10)}${pad(summary.cases, 7)}${pad(summary.reached_model, 15)}${pad(summary.leaks, 7)}${pad(summary.offsite_links, 16)}${summary.unauthorised_tool_calls}`);
  }
}

const suite = await runInjectionSuite();
try {
  printCases(suite.results);
  printChannels(suite.results);
  console.log(JSON.stringify(summarise(suite.results)));
} finally {
  await suite.close();
}
