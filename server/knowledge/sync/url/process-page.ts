import { AppError } from "../../../errors";
import type { GuardedResponse } from "../../../http";
import { contentHash, indexDocument } from "../../pipeline/index-document";
import { redactDocument } from "../../pipeline/redact-document";
import { addToRun } from "../../sources/runs";
import { failDocument, markDocument, type QueuedDocument } from "../queue";
import { type Crawl, dropContent, enqueueUrls, findDuplicate } from "./frontier";
import { readPageContent } from "./page-content";
import { isInScope, normalizeUrl } from "./scope";

/** Pages and documents up to this size are read; PDFs are the large ones. */
const MAX_PAGE_BYTES = 25 * 1024 * 1024;

const STATUS_NAMES: Record<number, string> = {
  400: "Bad request",
  401: "Needs a login",
  403: "Access denied",
  404: "Not found",
  405: "Method not allowed",
  408: "Request timed out",
  410: "Gone",
  429: "Too many requests",
  500: "Server error",
  502: "Bad gateway",
  503: "Service unavailable",
  504: "Gateway timeout",
};

/** "Not found (404)", "Server error (500)": what a person sees next to the page. */
export function describeStatus(status: number): string {
  const name = STATUS_NAMES[status] ?? (status >= 500 ? "Server error" : status >= 400 ? "Request refused" : "Unexpected answer");
  return `${name} (${status})`;
}

function conditionalHeaders(document: QueuedDocument, reusable: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!reusable) return headers;
  if (document.etag) headers["if-none-match"] = document.etag;
  if (document.lastModified) headers["if-modified-since"] = document.lastModified;
  return headers;
}

/** Ends a page's turn without indexing it; whatever it had in the index goes. */
async function setAside(crawl: Crawl, document: QueuedDocument, state: "skipped" | "failed" | "removed", error: string, httpStatus?: number) {
  const { db } = crawl.context.scope;
  if (document.contentHash) await dropContent(db, document.id);
  await markDocument(db, document.id, { state, error, httpStatus: httpStatus ?? document.httpStatus, fetchedAt: new Date() });
  if (state === "failed") await addToRun(crawl.context.scope, crawl.context.run.id, { failed: 1 });
  if (state === "removed") await addToRun(crawl.context.scope, crawl.context.run.id, { removed: 1 });
}

/** 404/410: a page that was indexed is removed; one that never was is a broken link. */
async function markGone(crawl: Crawl, document: QueuedDocument, status: number) {
  await setAside(crawl, document, document.contentHash ? "removed" : "failed", describeStatus(status), status);
}

/** A redirect is followed as a new page, so every page is stored under the URL that serves it. */
async function followRedirect(crawl: Crawl, document: QueuedDocument, response: GuardedResponse): Promise<boolean> {
  const target = normalizeUrl(response.url);
  if (target === document.key || !crawl.config.includeRelated) return false;
  if (!target || !isInScope(crawl.scope, target)) {
    // For the start page this is the whole crawl: fail it, so the source shows what to change.
    const state = document.depth === 0 ? "failed" : "skipped";
    await setAside(crawl, document, state, `Redirects outside the crawled site, to ${response.url}.`, response.status);
  } else {
    await enqueueUrls(crawl, [{ url: target, depth: document.depth }]);
    await setAside(crawl, document, "skipped", `Redirects to ${target}.`, response.status);
  }
  return true;
}

async function indexResponse(crawl: Crawl, document: QueuedDocument, response: GuardedResponse) {
  const { scope, deps, run, source } = crawl.context;
  const content = await readPageContent(response, deps.transcribe);
  if (content.kind === "unsupported") return setAside(crawl, document, "skipped", content.reason, response.status);
  if (crawl.config.includeRelated) {
    await enqueueUrls(crawl, content.links.map((url) => ({ url, depth: document.depth + 1 })));
    const canonical = content.canonicalUrl ? normalizeUrl(content.canonicalUrl) : null;
    // Canonicals on other hosts (a staging copy naming production) are ignored: we index what we crawl.
    if (canonical && canonical !== document.key && isInScope(crawl.scope, canonical)) {
      await enqueueUrls(crawl, [{ url: canonical, depth: document.depth }]);
      return setAside(crawl, document, "skipped", `Indexed under its canonical URL ${canonical}.`, response.status);
    }
  }
  const redacted = redactDocument({ title: content.title, markdown: content.markdown, rejectSensitive: source.rejectSensitive });
  const duplicate = await findDuplicate(crawl, document.id, contentHash(redacted.title, redacted.markdown));
  if (duplicate) return setAside(crawl, document, "skipped", `Same content as ${duplicate}`, response.status);

  const outcome = await indexDocument(scope, deps, {
    documentId: document.id,
    sourceId: source.id,
    title: content.title,
    markdown: content.markdown,
    languageHint: content.language,
    rejectSensitive: source.rejectSensitive,
  });
  await markDocument(scope.db, document.id, {
    httpStatus: response.status,
    etag: response.headers.get("etag"),
    lastModified: response.headers.get("last-modified"),
    fetchedAt: new Date(),
  });
  await addToRun(scope, run.id, { [outcome.state]: 1, embedded: outcome.embedded });
}

/**
 * One page's turn: robots check, (conditional) fetch, then index, set aside or fail. Errors end
 * up on the document, never stop the batch. `reusable` says its chunks may stand on a 304.
 */
export async function processPage(crawl: Crawl, document: QueuedDocument, reusable: boolean): Promise<void> {
  const { scope, run } = crawl.context;
  try {
    if (crawl.robots.blocked) {
      // The site is off limits this run only: what it had in the index stays until it can be checked.
      await failDocument(scope, run.id, document.id, new AppError("FORBIDDEN", crawl.robots.blocked));
      return;
    }
    if (!crawl.robots.isAllowed(document.key)) {
      await setAside(crawl, document, "failed", "Blocked by the site's robots.txt.");
      return;
    }
    const response = await crawl.fetch(document.url ?? document.key, {
      headers: conditionalHeaders(document, reusable),
      maxBytes: MAX_PAGE_BYTES,
    });
    await addToRun(scope, run.id, { fetched: 1 });
    if (response.status === 304) {
      await markDocument(scope.db, document.id, { state: "unchanged", error: null, httpStatus: 304, fetchedAt: new Date() });
      await addToRun(scope, run.id, { unchanged: 1 });
    } else if (response.status === 404 || response.status === 410) {
      await markGone(crawl, document, response.status);
    } else if (response.status < 200 || response.status >= 300) {
      await markDocument(scope.db, document.id, { httpStatus: response.status, fetchedAt: new Date() });
      await failDocument(scope, run.id, document.id, new AppError("UPSTREAM", describeStatus(response.status)));
    } else if (!(await followRedirect(crawl, document, response))) {
      await indexResponse(crawl, document, response);
    }
  } catch (error) {
    await failDocument(scope, run.id, document.id, error);
  }
}
