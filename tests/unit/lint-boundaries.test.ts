import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "");
}

/** The import boundaries are lint rules; these cases prove the rules bite where the architecture says. */
describe("import boundaries", () => {
  // Loading the parser and config takes seconds on a busy machine; do it once, outside the cases' timeout.
  beforeAll(() => eslint.calculateConfigForFile("server/probe.ts"), 60_000);

  it.each([
    ["server/chat/probe.ts", 'import { readFile } from "node:fs/promises";\nexport const probe = readFile;\n'],
    ["server/chat/probe.ts", 'import { createHash } from "crypto";\nexport const probe = createHash;\n'],
    ["server/chat/probe.ts", 'import { headers } from "next/headers";\nexport const probe = headers;\n'],
    ["server/chat/probe.ts", 'import { getDb } from "@/db/client";\nexport const probe = getDb;\n'],
    ["components/probe.tsx", 'import { listMembers } from "@/server/workspaces";\nexport const probe = listMembers;\n'],
    ["widget/probe.ts", 'import { getDb } from "@/db/client";\nexport const probe = getDb;\n'],
    ["db/probe.ts", 'import { AppError } from "@/server/errors";\nexport const probe = AppError;\n'],
    ["server/chat-runtime/probe.ts", 'import { streamReply } from "../chat/reply-stream";\nexport const probe = streamReply;\n'],
    ["server/knowledge/sync/probe.ts", 'import { getEmbedder } from "../../ai/registry";\nexport const probe = getEmbedder;\n'],
    ["server/chat/answerability/probe.ts", 'import { contentTerms } from "../../ai/content-terms";\nexport const probe = contentTerms;\n'],
    ["server/agents/probe.ts", 'import { listChatModels } from "@/server/ai/chat-models";\nexport const probe = listChatModels;\n'],
    ["app/w/probe/page.tsx", 'import { countConversations } from "@/server/conversations/counts";\nexport const probe = countConversations;\n'],
    ["inngest/functions/probe.ts", 'import { getEmbedder } from "@/server/ai/registry";\nexport const probe = getEmbedder;\n'],
    ["app/api/probe/route.ts", 'import { sendEvents } from "@/inngest/send";\nexport const probe = sendEvents;\n'],
    ["app/api/probe/route.ts", 'import { inngest } from "@/inngest";\nexport const probe = inngest;\n'],
  ])("refuses a forbidden import in %s", async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("allows type-only imports from server/ in UI code, and Web APIs in server/chat", async () => {
    expect(await ruleIdsFor("components/probe.tsx", 'import type { Role } from "@/server/workspaces";\nexport type Probe = Role;\n')).toEqual([]);
    expect(await ruleIdsFor("server/chat/probe.ts", "export const probe = () => crypto.randomUUID();\n")).toEqual([]);
  });

  it("allows a domain's surfaces, relative imports inside a domain, and inngest/ in its serve route", async () => {
    expect(await ruleIdsFor("server/chat-runtime/probe.ts", 'import { streamReply } from "@/server/chat";\nexport const probe = streamReply;\n')).toEqual([]);
    expect(await ruleIdsFor("server/knowledge/sync/probe.ts", 'import { addToRun } from "../sources/runs";\nexport const probe = addToRun;\n')).toEqual([]);
    expect(await ruleIdsFor("app/api/probe/route.ts", 'import { handleChatRequest } from "@/server/chat-runtime/edge";\nexport const probe = handleChatRequest;\n')).toEqual([]);
    expect(await ruleIdsFor("app/api/inngest/route.ts", 'import { inngest } from "@/inngest/client";\nexport const probe = inngest;\n')).toEqual([]);
  });
});
