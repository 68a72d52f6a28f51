import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/server/http/inbound";
import { installPeerAddressCapture } from "@/server/http/inbound/peer-capture";

let seen: IncomingHttpHeaders[] = [];
const server = createServer((req, res) => {
  seen.push(req.headers);
  res.end("ok");
});

function get(headers: Record<string, string>) {
  const { port } = server.address() as AddressInfo;
  return new Promise<void>((resolve, reject) => {
    request({ host: "127.0.0.1", port, headers }, (res) => res.resume().on("end", resolve)).on("error", reject).end();
  });
}

const addressOf = (headers: IncomingHttpHeaders) => clientAddress(new Headers({ "x-forwarded-for": String(headers["x-forwarded-for"] ?? "") }), 0);

beforeAll(async () => {
  installPeerAddressCapture();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("peer address capture", () => {
  it("keys a client on its socket peer, whatever X-Forwarded-For it sends", async () => {
    seen = [];
    await get({ "x-forwarded-for": "203.0.113.9" });
    await get({ "x-forwarded-for": "198.51.100.1, 203.0.113.10" });
    await get({});
    expect(seen.map(addressOf)).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
    expect(seen[0]!["x-forwarded-for"]).toBe("203.0.113.9, 127.0.0.1");
  });

  it("keeps the hop our own proxy appended when one proxy is trusted", async () => {
    seen = [];
    await get({ "x-forwarded-for": "198.51.100.1, 192.0.2.44" });
    expect(clientAddress(new Headers({ "x-forwarded-for": String(seen[0]!["x-forwarded-for"]) }), 1)).toBe("192.0.2.44");
  });
});
