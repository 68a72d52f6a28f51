import { and, desc, eq } from "drizzle-orm";
import { articles } from "@/db/schema";
import { AppError } from "../errors";
import type { WorkspaceScope } from "../workspaces";
import { redactFields } from "./redact-on-save";
import { startSync } from "./sources/runs";
import { ensureCollectionSource } from "./sources/sources";

export type Article = typeof articles.$inferSelect;
export interface ArticleInput {
  title: string;
  body: string;
  category?: string | null;
  language?: string | null;
  status: "draft" | "published";
}

async function redactArticle(scope: WorkspaceScope, input: ArticleInput) {
  const source = await ensureCollectionSource(scope, "articles");
  const { values, redactions } = await redactFields(scope, source.id, (clean) => `article “${clean.title.slice(0, 80)}”`, { title: input.title, body: input.body });
  return { input: { ...input, ...values }, redactions, sourceId: source.id };
}

export async function listArticles(scope: WorkspaceScope) {
  return scope.db
    .select({ id: articles.id, title: articles.title, category: articles.category, language: articles.language, status: articles.status, updatedAt: articles.updatedAt })
    .from(articles)
    .where(eq(articles.workspaceId, scope.workspaceId))
    .orderBy(desc(articles.updatedAt));
}

export async function getArticle(scope: WorkspaceScope, id: string): Promise<Article> {
  const [article] = await scope.db.select().from(articles).where(and(eq(articles.id, id), eq(articles.workspaceId, scope.workspaceId)));
  if (!article) throw new AppError("NOT_FOUND", "Article not found.");
  return article;
}

/** Saves a new article (redacted); a published one is indexed by the returned sync event. */
export async function createArticle(scope: WorkspaceScope, raw: ArticleInput) {
  const { input, redactions, sourceId } = await redactArticle(scope, raw);
  const [article] = await scope.db
    .insert(articles)
    .values({ ...input, workspaceId: scope.workspaceId, createdBy: scope.actorId ?? null })
    .returning();
  const event = article!.status === "published" ? (await startSync(scope, sourceId)).event : null;
  return { article: article!, event, redactions };
}

/**
 * Saves an article. `expectedUpdatedAt` guards against two editors overwriting each other: a save
 * based on an older version is refused instead of silently losing the other person's changes.
 */
export async function updateArticle(scope: WorkspaceScope, id: string, raw: ArticleInput & { expectedUpdatedAt?: Date }) {
  const before = await getArticle(scope, id);
  if (raw.expectedUpdatedAt && before.updatedAt.getTime() !== raw.expectedUpdatedAt.getTime()) {
    throw new AppError("CONFLICT", "Someone else saved this article since you opened it. Reload to see their changes.");
  }
  const { expectedUpdatedAt: _expected, ...changes } = raw;
  const { input, redactions, sourceId } = await redactArticle(scope, changes);
  const [article] = await scope.db
    .update(articles)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(articles.id, id), eq(articles.workspaceId, scope.workspaceId)))
    .returning();
  const affectsIndex = before.status === "published" || article!.status === "published";
  return { article: article!, event: affectsIndex ? (await startSync(scope, sourceId)).event : null, redactions };
}

export async function deleteArticle(scope: WorkspaceScope, id: string) {
  const before = await getArticle(scope, id);
  await scope.db.delete(articles).where(and(eq(articles.id, id), eq(articles.workspaceId, scope.workspaceId)));
  if (before.status !== "published") return { event: null };
  const source = await ensureCollectionSource(scope, "articles");
  return { event: (await startSync(scope, source.id)).event };
}
