import { describe, expect, it } from "vitest";
import { chooseDriver } from "@/db/driver";

describe("chooseDriver", () => {
  it("uses the embedded database when nothing is configured", () => {
    expect(chooseDriver({ DATA_DIR: ".data" })).toEqual({ kind: "pglite", dataDir: ".data" });
  });

  it("uses node-postgres for a plain Postgres URL", () => {
    const url = "postgres://app:secret@db.internal:5432/app";
    expect(chooseDriver({ DATA_DIR: ".data", DATABASE_URL: url })).toEqual({ kind: "pg", url });
  });

  it("recognises a Neon URL", () => {
    const url = "postgresql://app:secret@ep-cool-name-123.eu-central-1.aws.neon.tech/app?sslmode=require";
    expect(chooseDriver({ DATA_DIR: ".data", DATABASE_URL: url }).kind).toBe("neon");
  });

  it("lets DB_DRIVER force the Neon driver on any host", () => {
    const url = "postgres://app@proxy.example.com/app";
    expect(chooseDriver({ DATA_DIR: ".data", DATABASE_URL: url, DB_DRIVER: "neon" }).kind).toBe("neon");
  });

  it("explains a forced server driver without a URL", () => {
    expect(() => chooseDriver({ DATA_DIR: ".data", DB_DRIVER: "pg" })).toThrow(/needs DATABASE_URL/);
  });

  it("rejects a URL that is not Postgres", () => {
    expect(() => chooseDriver({ DATA_DIR: ".data", DATABASE_URL: "mysql://x@y/z" })).toThrow(/postgres:\/\//);
  });
});
