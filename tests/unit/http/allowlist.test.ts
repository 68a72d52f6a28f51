import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { type Resolver, checkUrl, parseAllowlist } from "@/server/http";

const zone: Record<string, string[]> = {
  "intranet.test": ["10.0.0.7"],
  "other.test": ["10.0.0.7"],
  "localhost": ["127.0.0.1", "::1"],
  "meta.test": ["169.254.169.254"],
};
const resolve: Resolver = async (hostname) => zone[hostname] ?? [];

async function outcome(url: string, allowlist: string[]): Promise<string> {
  try {
    await checkUrl(url, allowlist, { resolve });
    return "allowed";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("allowlist", () => {
  it.each([
    ["http://127.0.0.1:8765/", ["127.0.0.1:8765"], "allowed"],
    ["http://127.0.0.1:8766/", ["127.0.0.1:8765"], "FORBIDDEN"],
    ["http://127.0.0.1/", ["127.0.0.1:8765"], "FORBIDDEN"],
    ["http://127.0.0.1:80/", ["127.0.0.1:80"], "allowed"],
    ["http://127.0.0.1:443/", ["127.0.0.1:80"], "FORBIDDEN"],
    ["http://127.0.0.2:8765/", ["127.0.0.1:8765"], "FORBIDDEN"],
    ["http://0x7f000001:8765/", ["127.1:8765"], "allowed"],
    ["http://10.1.2.3:9999/", ["10.0.0.0/8"], "allowed"],
    ["http://192.168.1.1/", ["10.0.0.0/8"], "FORBIDDEN"],
    ["http://[::ffff:10.1.2.3]/", ["10.0.0.0/8"], "allowed"],
    ["http://intranet.test/", ["intranet.test"], "allowed"],
    ["http://INTRANET.test./", ["intranet.test"], "allowed"],
    ["http://other.test/", ["intranet.test"], "FORBIDDEN"],
    ["http://intranet.test:8080/", ["intranet.test:80"], "FORBIDDEN"],
    ["http://localhost:3000/", ["localhost:3000"], "allowed"],
    ["http://[::1]:8080/", ["[::1]:8080"], "allowed"],
    ["http://[::1]:8081/", ["[::1]:8080"], "FORBIDDEN"],
    ["http://[::1]/", ["::1"], "allowed"],
    ["http://[fd12::5]/", ["fd00::/8"], "allowed"],
    ["http://169.254.169.254/", ["169.254.0.0/16"], "FORBIDDEN"],
    ["http://meta.test/", ["meta.test"], "FORBIDDEN"],
    ["http://169.254.169.254/", ["169.254.169.254"], "allowed"],
    ["http://169.254.1.1/", ["169.254.0.0/16"], "allowed"],
    ["file:///etc/passwd", ["127.0.0.0/8"], "INVALID"],
  ])("%s with %j is %s", async (url, allowlist, expected) => {
    expect(await outcome(url, allowlist)).toBe(expected);
  });

  it.each(["a@b", "host:99999", "host:0", "host:http", "10.0.0.0/99", "exa mple", "x/y"])(
    "rejects the malformed entry %j",
    (entry) => {
      expect(() => parseAllowlist([entry])).toThrowError(/Invalid outbound allowlist entry/);
    },
  );

  it("ignores blank entries", () => {
    expect(parseAllowlist(["", "  ", "10.0.0.0/8"])).toHaveLength(1);
  });
});
