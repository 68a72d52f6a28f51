import { readFile } from "node:fs/promises";
import path from "node:path";
import { getDb } from "@/db/client";
import { loadLiveAgent } from "@/server/chat-runtime";
import { frameContentSecurityPolicy, renderFrameHtml } from "@/widget/frame-html";

let assetVersion: Promise<string> | undefined;

/** The widget build writes its version next to the bundle, so every deploy busts the frame's caches. */
function readAssetVersion(): Promise<string> {
  assetVersion ??= readFile(path.join(process.cwd(), "public", "widget", "version.json"), "utf8")
    .then((text) => String((JSON.parse(text) as { assetVersion?: string }).assetVersion ?? "dev"))
    .catch(() => "dev");
  return assetVersion;
}

/**
 * The page inside the widget's iframe. Its CSP `frame-ancestors` lists the agent's allowed domains,
 * so browsers refuse to show the chat on any other site.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ agentId: string }> }) {
  const agent = await loadLiveAgent(await getDb(), (await params).agentId);
  if (!agent) return new Response("This chat is not available.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(renderFrameHtml({ agentId: agent.agentId, assetVersion: await readAssetVersion() }), {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": frameContentSecurityPolicy(agent.settings.allowedDomains),
      "cache-control": "no-store",
    },
  });
}
