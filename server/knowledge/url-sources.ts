import { knowledgeSources } from "@/db/schema";
import { AppError, isAppError } from "../errors";
import type { CheckedUrl } from "../http";
import type { WorkspaceScope } from "../workspaces";
import { urlSourceConfig, type UrlSourceConfig } from "./sources/config";
import { startSync } from "./sources/runs";

export type UrlSourceInput = Partial<UrlSourceConfig> & { url: string; rejectSensitive?: boolean };

/**
 * Adds a public URL (one page, or a whole site with `includeRelated`) and starts crawling it. The
 * address is checked up front so a private or unresolvable URL is refused with a clear message.
 */
export async function addUrlSource(scope: WorkspaceScope, input: UrlSourceInput, deps: { checkUrl: (url: string) => Promise<CheckedUrl> }) {
  const config = urlSourceConfig.parse({ ...input, url: input.url.trim() });
  const url = new URL(config.url);
  url.hash = "";
  try {
    await deps.checkUrl(url.href);
  } catch (error) {
    if (isAppError(error)) throw new AppError(error.code === "UPSTREAM" ? "INVALID" : error.code, error.message, { cause: error });
    throw error;
  }
  const [source] = await scope.db
    .insert(knowledgeSources)
    .values({
      workspaceId: scope.workspaceId,
      kind: "url",
      name: config.includeRelated ? `${url.host}${url.pathname.replace(/\/$/, "")}` || url.host : url.href,
      config: { ...config, url: url.href },
      rejectSensitive: input.rejectSensitive ?? false,
      createdBy: scope.actorId ?? null,
    })
    // The unique index on (workspace, URL) decides, not a read before the write that two admins could both pass.
    .onConflictDoNothing()
    .returning();
  if (!source) throw new AppError("CONFLICT", `${url.href} is already a knowledge source. Resync it instead of adding it again.`);
  const { run, event } = await startSync(scope, source.id);
  return { source, run, event };
}
