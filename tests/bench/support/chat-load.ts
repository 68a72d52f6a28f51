import { readdirSync, readFileSync } from "node:fs";
import { percentile, round } from "../../eval/support/metrics";

export const benchQuestions = [
  "How is a refund processed?",
  "When will the delivery arrive?",
  "How can the password be reset?",
  "Can the subscription be cancelled?",
  "Where is the invoice?",
  "How does the warranty work?",
  "Can a gift card be refunded?",
  "How is the shipping label downloaded?",
];

export interface Sample {
  ttfbMs: number;
  firstTokenMs: number | null;
  beforeModelMs: number | null;
  /** The server's own milliseconds per step, from the reply's finish metadata. */
  steps: Record<string, number>;
  error: string | null;
}

/** A documentation-range address per simulated visitor, so the per-address limits see distinct people. */
const visitorAddress = (n: number) => `198.18.${(n >> 8) & 255}.${n & 255}`;

/**
 * One visitor's first message to the widget endpoint, read to the end of its stream. The bench
 * plays the visitors' proxy: the server trusts one hop (TRUSTED_PROXY_HOPS=1) and reads each
 * visitor's address from X-Forwarded-For, as it would behind a load balancer.
 */
export async function converse(baseUrl: string, agentId: string, n: number): Promise<Sample> {
  const started = performance.now();
  const failed = (error: string, ttfbMs = performance.now() - started): Sample => ({ ttfbMs, firstTokenMs: null, beforeModelMs: null, steps: {}, error });
  try {
    const response = await fetch(`${baseUrl}/api/chat/${agentId}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": visitorAddress(n) },
      body: JSON.stringify({ visitorId: `bench-visitor-${n}-${Date.now()}`, message: { id: `m${n}`, text: benchQuestions[n % benchQuestions.length] }, locale: "en-US" }),
    });
    const ttfbMs = performance.now() - started;
    if (!response.ok || !response.body) return failed(`HTTP ${response.status}`, ttfbMs);
    const sample: Sample = { ttfbMs, firstTokenMs: null, beforeModelMs: null, steps: {}, error: null };
    let fromEngine = false;
    let buffer = "";
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      buffer += decoder.decode(read.value, { stream: true });
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines.filter((l) => l.startsWith("data: {"))) {
        const chunk = JSON.parse(line.slice(6)) as { type: string; errorText?: string; messageMetadata?: { latencyMs?: number; beforeModelMs?: number; timings?: Record<string, number> } };
        if (chunk.type === "text-delta" && sample.firstTokenMs === null) sample.firstTokenMs = performance.now() - started;
        if (chunk.type === "error") sample.error = chunk.errorText ?? "stream error";
        if (chunk.type === "finish") {
          fromEngine = chunk.messageMetadata?.latencyMs !== undefined;
          sample.beforeModelMs = chunk.messageMetadata?.beforeModelMs ?? null;
          sample.steps = chunk.messageMetadata?.timings ?? {};
        }
      }
    }
    // A fixed reply that never reached the answer engine (a rate limit) measures nothing here.
    if (!sample.error && !fromEngine) sample.error = "the reply did not come from the answer engine";
    return sample;
  } catch (caught) {
    return failed(String(caught));
  }
}

/** CPU milliseconds used so far by every process in a process group (Linux /proc). */
export function processGroupCpuMs(pgid: number | null): number {
  if (pgid === null) return 0;
  let ticks = 0;
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After the command: state, ppid, pgrp, …; utime and stime are the 12th and 13th.
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks * 10;
}

const stat = (values: (number | null)[]) => {
  const present = values.filter((value): value is number => value !== null);
  return { p50: round(percentile(present, 50), 1), p95: round(percentile(present, 95), 1) };
};

/** The median of each step the server timed, over the samples that have it. */
function stepMedians(samples: Sample[]): Record<string, number> {
  const names = [...new Set(samples.flatMap((sample) => Object.keys(sample.steps)))].sort();
  return Object.fromEntries(names.map((name) => [name, round(percentile(samples.map((sample) => sample.steps[name]).filter((ms) => ms !== undefined) as number[], 50), 1)]));
}

/** `concurrency` visitors, each starting a new conversation as soon as the last reply ended. */
export async function runLevel(options: { baseUrl: string; agentId: string; concurrency: number; serverPid: number; databasePid: number | null }) {
  const { concurrency } = options;
  const total = Math.max(20, concurrency * 3);
  const samples: Sample[] = [];
  let next = 0;
  const cpuBefore = { server: processGroupCpuMs(options.serverPid), database: processGroupCpuMs(options.databasePid), bench: process.cpuUsage() };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) samples.push(await converse(options.baseUrl, options.agentId, next++));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const benchCpu = process.cpuUsage(cpuBefore.bench);
  const perTurn = (ms: number) => round(ms / samples.length, 1);
  return {
    requests: samples.length,
    errors: samples.filter((sample) => sample.error).length,
    turns_per_s: round(samples.length / seconds, 1),
    ttfb_ms: stat(samples.map((sample) => sample.ttfbMs)),
    first_token_ms: stat(samples.map((sample) => sample.firstTokenMs)),
    before_model_ms: stat(samples.map((sample) => sample.beforeModelMs)),
    server_steps_p50_ms: stepMedians(samples),
    cpu_ms_per_turn: {
      server: perTurn(processGroupCpuMs(options.serverPid) - cpuBefore.server),
      ...(options.databasePid === null ? {} : { database: perTurn(processGroupCpuMs(options.databasePid) - cpuBefore.database) }),
      load_generator: perTurn((benchCpu.user + benchCpu.system) / 1000),
    },
    first_errors: [...new Set(samples.filter((sample) => sample.error).map((sample) => sample.error))].slice(0, 3),
  };
}
