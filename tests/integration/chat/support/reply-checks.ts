import { expect } from "vitest";
import type { AgentSettings } from "@/server/agents/settings";
import { buildAnswerPrompt } from "@/server/chat/prompt";
import type { Citation, ReplyRecord } from "@/server/chat/types";
import { foreignHosts, leakedFragment } from "./leaks";
import { rulesOf } from "./mock-models";

/** The instructions the agent runs with, as the engine builds them: what a reply must never repeat. */
export function secretsOf(agent: AgentSettings, replyLanguage: string, prompts: string[] = []): string[] {
  const built = buildAnswerPrompt({ agent, brandVoice: null, replyLanguage, standaloneQuestion: "What is this?", passages: [] });
  return [rulesOf(built), ...prompts.map(rulesOf), agent.guidelines];
}

/**
 * What the visitor saw (the streamed text) and what was stored: neither repeats eight words of the
 * instructions or the guidelines, and neither links anywhere but the allowed hosts and cited pages.
 */
export function expectSafeReply(turn: { record: ReplyRecord; shown: string; sources: Citation[] }, secrets: string[], allowedHosts: string[]) {
  const citedHosts = turn.sources.flatMap((source) => (source.url ? [new URL(source.url).hostname] : []));
  for (const text of [turn.shown, turn.record.text]) {
    expect(leakedFragment(text, secrets), text).toBeNull();
    expect(foreignHosts(text, [...allowedHosts, ...citedHosts]), text).toEqual([]);
    expect(text).not.toMatch(/evil\.example|STAFF40/i);
  }
  expect(citedHosts.filter((host) => !allowedHosts.includes(host))).toEqual([]);
}
