import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { type Resolver, checkUrl } from "@/server/http";

/** Fake DNS: hostnames map to chosen addresses; IP literals must never reach it. */
const zone: Record<string, string[]> = {
  "localhost": ["127.0.0.1", "::1"],
  "evil.test": ["10.0.0.1"],
  "mixed.test": ["93.184.216.34", "10.0.0.1"],
  "mixed6.test": ["2606:4700:4700::1111", "fd12::1"],
  "mapped.test": ["::ffff:127.0.0.1"],
  "metadata.test": ["169.254.169.254"],
  "zero.test": ["0.0.0.0"],
  "cgnat.test": ["100.100.100.200"],
  "public.test": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
};
const resolve: Resolver = async (hostname) => {
  if (/^[\d.]+$|:/.test(hostname)) throw new Error(`IP literal ${hostname} was sent to DNS`);
  const addresses = zone[hostname];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return addresses;
};

async function refusal(url: string, allowlist: string[] = []): Promise<AppError> {
  const error = await checkUrl(url, allowlist, { resolve }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected ${url} to be refused, got ${String(error)}`);
  return error;
}

describe("checkUrl refuses hostile destinations", () => {
  it.each([
    "http://127.0.0.1/",
    "http://localhost/",
    "http://127.1/",
    "http://2130706433/",
    "http://0177.0.0.1/",
    "http://0x7f.0.0.1/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://127.000.000.001/",
    "http://127.0.0.1./",
    "http://%31%32%37.0.0.1/",
    "http://\uff11\uff12\uff17.\uff10.\uff10.\uff11/",
    "http:\\\\127.0.0.1\\admin",
    "https://127.0.0.1:8443/",
    "http://[::1]/",
    "http://[::]/",
    "http://0.0.0.0/",
    "http://0/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "http://[::127.0.0.1]/",
    "http://10.0.0.5/",
    "http://172.16.0.1/",
    "http://172.31.255.255/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://100.100.100.200/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://192.0.0.192/opc/v1/instance/",
    "http://[::ffff:169.254.169.254]/",
    "http://169.254.1.1/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://224.0.0.1/",
    "http://[ff02::1]/",
    "http://255.255.255.255/",
    "http://240.0.0.1/",
    "http://198.18.0.1/",
    "http://192.0.2.1/",
    "http://203.0.113.7/",
    "http://[2001:db8::1]/",
    "http://[2002:7f00:1::]/",
    "http://[2002:a00:5::]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[64:ff9b:1::a00:1]/",
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",
    "http://evil.test/",
    "http://mixed.test/",
    "http://mixed6.test/",
    "http://mapped.test/",
    "http://metadata.test/",
    "http://zero.test:8080/",
    "http://cgnat.test/",
  ])("refuses %s as FORBIDDEN", async (url) => {
    const error = await refusal(url);
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/^Refused: /);
  });

  it.each([
    "file:///etc/passwd",
    "gopher://127.0.0.1:6379/_FLUSHALL",
    "ftp://example.com/file",
    "data:text/html,<script>alert(1)</script>",
    "javascript:alert(1)",
    "ws://example.com/socket",
    "dict://127.0.0.1:11211/stats",
    "http://user:pass@example.com/",
    "http://user@example.com/",
    "http://127.0.0.1:8080@evil.test/",
    "not a url",
    "http://",
    "http://1.2.3.4.5/",
    "http://[fe80::1%25eth0]/",
    "http://exa mple.com/",
    "http://example.com:0/",
    `http://example.com/${"a".repeat(9000)}`,
  ])("rejects %s as INVALID", async (url) => {
    expect((await refusal(url)).code).toBe("INVALID");
  });

  it("names an address typed in the URL, never one a host name resolves to, and says how to allow it", async () => {
    expect((await refusal("http://10.0.0.5/")).message).toBe("Refused: 10.0.0.5 is a private address. To allow it, add 10.0.0.5:80 to OUTBOUND_ALLOWLIST.");
    const resolved = (await refusal("http://mixed.test/")).message;
    expect(resolved).toBe("Refused: mixed.test points to a private or local network. To allow it, add mixed.test:80 to OUTBOUND_ALLOWLIST.");
    expect(resolved).not.toContain("10.0.0.1");
    expect((await refusal("http://169.254.169.254/")).message).toBe("Refused: 169.254.169.254 is a cloud metadata address.");
  });

  it("reports an unknown host as UPSTREAM, keeping the DNS error as the cause", async () => {
    const error = await refusal("http://nowhere.test/");
    expect(error.code).toBe("UPSTREAM");
    expect(String((error.cause as Error).message)).toContain("ENOTFOUND");
  });
});

describe("checkUrl accepts public destinations", () => {
  it.each([
    ["http://93.184.216.34/", ["93.184.216.34"]],
    ["https://1.1.1.1/dns-query", ["1.1.1.1"]],
    ["http://8.8.8.8:8080/path?q=1", ["8.8.8.8"]],
    ["http://[2606:4700:4700::1111]/", ["2606:4700:4700::1111"]],
    ["http://[::ffff:8.8.8.8]/", ["::ffff:808:808"]],
    ["HTTPS://Public.TEST/a", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"]],
  ])("accepts %s", async (url, addresses) => {
    const checked = await checkUrl(url, [], { resolve });
    expect(checked.addresses).toEqual(addresses);
  });

  it("returns the canonical hostname and default port", async () => {
    const checked = await checkUrl("https://public.test./x", [], { resolve });
    expect(checked).toMatchObject({ hostname: "public.test", port: 443 });
    expect(checked.url.href).toBe("https://public.test./x");
  });
});
