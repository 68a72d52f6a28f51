import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";

describe("DATABASE_POOL_SIZE", () => {
  it("defaults to ten connections and takes a number from the environment", () => {
    expect(parseEnv({}).DATABASE_POOL_SIZE).toBe(10);
    expect(parseEnv({ DATABASE_POOL_SIZE: "40" }).DATABASE_POOL_SIZE).toBe(40);
  });

  it("refuses a pool without connections or a size that is not a whole number", () => {
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "ten" })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
