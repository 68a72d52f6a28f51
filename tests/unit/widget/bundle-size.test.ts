import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildWidget } from "@/widget/build";

const gzipSize = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

describe("widget bundles", () => {
  let dir = "";
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("stay within budget: loader ≤ 5 KB gzipped, chat JS + CSS ≤ 35 KB gzipped", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "closer-widget-"));
    const built = await buildWidget(dir);
    expect(await gzipSize(built.loaderPath)).toBeLessThanOrEqual(5 * 1024);
    expect((await gzipSize(built.chatScriptPath)) + (await gzipSize(built.chatStylePath))).toBeLessThanOrEqual(35 * 1024);
    expect(JSON.parse(await readFile(path.join(dir, "widget", "version.json"), "utf8"))).toEqual({ assetVersion: built.assetVersion });
  });
});
