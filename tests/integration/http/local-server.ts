import { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface LocalServer {
  port: number;
  origin: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

type Handler = (request: SeenRequest, response: ServerResponse) => void;

/** A node:http server on a loopback address that records every request it receives. */
export async function startLocalServer(handler: Handler, host = "127.0.0.1", port = 0): Promise<LocalServer> {
  const seen: SeenRequest[] = [];
  const server = createServer((incoming: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request = {
        method: incoming.method ?? "",
        path: incoming.url ?? "",
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      seen.push(request);
      handler(request, response);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    origin: `http://${host}:${bound}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Two servers on the same port, one on 127.0.0.1 and one on 127.0.0.2, told apart by their replies. */
export async function startTwinServers(): Promise<{ first: LocalServer; second: LocalServer }> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const second = await startLocalServer(replyWith("second"), "127.0.0.2");
    try {
      const first = await startLocalServer(replyWith("first"), "127.0.0.1", second.port);
      return { first, second };
    } catch {
      await second.close();
    }
  }
  throw new Error("could not find a port free on both 127.0.0.1 and 127.0.0.2");
}

function replyWith(text: string): Handler {
  return (request, response) => {
    response.writeHead(200, { "content-type": "text/plain", "x-host-seen": request.headers.host ?? "" });
    response.end(text);
  };
}
