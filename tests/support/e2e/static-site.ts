import { createServer, type Server } from "node:http";
import sirv from "sirv";

/** Serves a folder on 127.0.0.1 (with ETag and Last-Modified, like a real static host). */
export async function serveFolder(folder: string, port: number): Promise<Server> {
  const serve = sirv(folder, { dev: false, etag: true });
  const server = createServer((request, response) => serve(request, response, () => void response.writeHead(404).end("Not found")));
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

/** A one-page website that embeds the widget, as a customer's site would. */
export async function serveHostPage(port: number, appUrl: string, agentId: string): Promise<Server> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northwind Outdoor</title>
<style>button { all: unset; } * { font-family: "Comic Sans MS" !important; }</style></head>
<body><main><h1>Northwind Outdoor</h1><p>Tents, boots and everything in between.</p></main>
<script async src="${appUrl}/widget.js" data-agent="${agentId}"></script></body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}
