import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "");
}

/** The import boundaries are lint rules; these cases prove the rules bite where the architecture says. */
describe("import boundaries", () => {
  it.each([
    ["server/chat/probe.ts", 'import { readFile } from "node:fs/promises";\nexport const probe = readFile;\n'],
    ["server/chat/probe.ts", 'import { createHash } from "crypto";\nexport const probe = createHash;\n'],
    ["server/chat/probe.ts", 'import { headers } from "next/headers";\nexport const probe = headers;\n'],
    ["server/chat/probe.ts", 'import { getDb } from "@/db/client";\nexport const probe = getDb;\n'],
    ["components/probe.tsx", 'import { listMembers } from "@/server/workspaces";\nexport const probe = listMembers;\n'],
    ["widget/probe.ts", 'import { getDb } from "@/db/client";\nexport const probe = getDb;\n'],
    ["db/probe.ts", 'import { AppError } from "@/server/errors";\nexport const probe = AppError;\n'],
  ])("refuses a forbidden import in %s", async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("allows type-only imports from server/ in UI code, and Web APIs in server/chat", async () => {
    expect(await ruleIdsFor("components/probe.tsx", 'import type { Role } from "@/server/workspaces";\nexport type Probe = Role;\n')).toEqual([]);
    expect(await ruleIdsFor("server/chat/probe.ts", "export const probe = () => crypto.randomUUID();\n")).toEqual([]);
  });
});
