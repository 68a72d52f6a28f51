import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows } from "@/db/execute";
import type { PgliteHandle } from "@/db/pglite";
import { knowledgeRedactions } from "@/db/schema";
import { addFileSource, createArticle, createShortAnswer } from "@/server/knowledge";
import { buildDocx } from "../../support/fixtures/office";
import { createTestDb } from "../../support/db";
import { createUrlSource, crawlDeps, runCrawl, workspaceScope } from "../knowledge-crawl/crawl-harness";
import { startSiteServer, type SiteServer } from "../knowledge-crawl/site-server";
import type { WorkspaceScope } from "@/server/workspaces";

/** Realistic, checksum-valid values of every kind the redactor must catch. */
const planted = {
  card: "4111 1111 1111 1111",
  iban: "SE45 5000 0000 0583 9825 7466",
  personnummer: "19121212-1212",
  apiKey: "sk-proj-Zq8vX3mN7pL2kR9tW4yB6cD1fG5hJ0aS",
  githubToken: "ghp_1234567890abcdefghijABCDEFGHIJ123456",
};
const needles = [...Object.values(planted), "4111111111111111", "SE4550000000058398257466", "121212-1212", "Zq8vX3mN7pL2kR9tW4yB6cD1fG5hJ0aS"];
const leakText = `Pay with card ${planted.card} or to IBAN ${planted.iban}. Customer ${planted.personnummer}. Key: ${planted.apiKey}, token ${planted.githubToken}. Refunds take five days.`;

/** Every row of every table as text, to search for anything that should not be there. */
async function dumpDatabase(db: PgliteHandle["db"]): Promise<string> {
  const tables = await executeRows<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public'`);
  let dump = "";
  for (const { name } of tables) {
    const rows = await executeRows<{ row: string }>(db, sql.raw(`select row_to_json(t)::text as row from "${name}" t`));
    dump += rows.map((row) => row.row).join("\n");
  }
  return dump;
}

describe("sensitive data", () => {
  let handle: PgliteHandle;
  let scope: WorkspaceScope;
  let site: SiteServer;

  beforeAll(async () => {
    handle = await createTestDb();
    scope = await workspaceScope(handle.db);
    site = await startSiteServer();
    site.routes.set("/leaky/", { body: `<html lang="en"><head><title>Payments</title></head><body><main><h1>Payments</h1><p>${leakText}</p></main></body></html>` });
  });
  afterAll(async () => {
    await site.close();
    await handle.close();
  });

  it("never reaches the database or the index, from any kind of source", async () => {
    const { event: articleSync } = await createArticle(scope, { title: `Card ${planted.card}`, body: leakText, status: "published" });
    const { redactions: answerRedactions } = await createShortAnswer(scope, { question: "How do I pay?", variants: [`IBAN ${planted.iban}?`], answer: leakText });
    const upload = await addFileSource(scope, { filename: "billing.docx", contentType: null, bytes: buildDocx([{ heading: "Billing" }, { paragraph: leakText }]) }, { maxBytes: 5_000_000, canTranscribe: false });
    const text = await addFileSource(scope, { filename: "notes.txt", contentType: "text/plain", bytes: new TextEncoder().encode(leakText) }, { maxBytes: 5_000_000, canTranscribe: false });
    const page = await createUrlSource(scope, { url: `${site.origin}/leaky/`, includeRelated: false });

    const deps = crawlDeps([site.port]);
    for (const sourceId of [articleSync!.data.sourceId as string, upload.source.id, text.source.id, page.id]) await runCrawl(scope, deps, sourceId);

    // Backslashes go first: a markdown converter may have escaped a value (ghp\_…) rather than kept it verbatim.
    const dump = (await dumpDatabase(handle.db)).replaceAll("\\", "");
    expect(dump).toContain("Refunds take five days");
    for (const needle of needles) expect(dump).not.toContain(needle);
    expect(answerRedactions).toBe(6);
    expect(upload.redactions).toBe(5);
  });

  it("records what was redacted where, with masked hints only", async () => {
    const records = await handle.db.select().from(knowledgeRedactions);
    expect(new Set(records.map((record) => record.kind))).toEqual(new Set(["card", "iban", "personnummer", "api_key"]));
    expect(records.every((record) => record.location.length > 0)).toBe(true);
    expect(records.find((record) => record.kind === "card")?.preview).toMatch(/1111$/);
  });

  it("refuses a file with sensitive data when the source is set to reject it, storing nothing", async () => {
    const before = await dumpDatabase(handle.db);
    await expect(
      addFileSource(scope, { filename: "secret.txt", contentType: "text/plain", bytes: new TextEncoder().encode(`Password: Hunter2!xyz and ${planted.card}`) }, { maxBytes: 1_000_000, canTranscribe: false, rejectSensitive: true }),
    ).rejects.toThrow(/Refused: it contains sensitive data \((1 card number, 1 password|1 password, 1 card number)\)/);
    expect(await dumpDatabase(handle.db)).toBe(before);
  });
});
