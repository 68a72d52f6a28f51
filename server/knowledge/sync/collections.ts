import { and, eq } from "drizzle-orm";
import { articles, knowledgeDocuments, shortAnswers } from "@/db/schema";
import { indexDocument } from "../pipeline/index-document";
import { shortAnswerMarkdown } from "../short-answer-format";
import { addToRun } from "../sources/runs";
import { enqueueDocuments, failDocument, nextQueued, removeUnseen } from "./queue";
import type { SourceSyncer, SyncContext } from "./types";

const BATCH = 25;

const articleKey = (id: string) => `article:${id}`;
const shortAnswerKey = (id: string) => `short-answer:${id}`;

async function loadArticle(context: SyncContext, key: string) {
  const id = key.slice("article:".length);
  const [article] = await context.scope.db
    .select()
    .from(articles)
    .where(and(eq(articles.id, id), eq(articles.workspaceId, context.scope.workspaceId), eq(articles.status, "published")));
  return article ? { title: article.title, markdown: article.body, language: article.language } : null;
}

async function loadShortAnswer(context: SyncContext, key: string) {
  const id = key.slice("short-answer:".length);
  const [answer] = await context.scope.db
    .select()
    .from(shortAnswers)
    .where(and(eq(shortAnswers.id, id), eq(shortAnswers.workspaceId, context.scope.workspaceId)));
  return answer ? { title: answer.question, markdown: shortAnswerMarkdown(answer), language: answer.language } : null;
}

/** Articles and short answers: every sync reconciles the index with the table they are edited in. */
function collectionSyncer(
  list: (context: SyncContext) => Promise<string[]>,
  load: (context: SyncContext, key: string) => Promise<{ title: string; markdown: string; language: string | null } | null>,
): SourceSyncer {
  return {
    async prepare(context) {
      const keys = await list(context);
      await enqueueDocuments(context.scope.db, context.run, keys.map((key) => ({ key })));
    },
    async batch(context) {
      const queued = await nextQueued(context.scope.db, context.run, BATCH);
      for (const document of queued) {
        try {
          const content = await load(context, document.key);
          if (!content) {
            // Deleted or unpublished since this run started.
            await context.scope.db.delete(knowledgeDocuments).where(eq(knowledgeDocuments.id, document.id));
            await addToRun(context.scope, context.run.id, { removed: 1 });
            continue;
          }
          const outcome = await indexDocument(context.scope, context.deps, {
            documentId: document.id,
            sourceId: context.source.id,
            title: content.title,
            markdown: content.markdown,
            languageHint: content.language,
            rejectSensitive: context.source.rejectSensitive,
          });
          await addToRun(context.scope, context.run.id, {
            fetched: 1,
            [outcome.state]: 1,
            embedded: outcome.embedded,
          });
        } catch (error) {
          await failDocument(context.scope, context.run.id, document.id, error);
        }
      }
      return { done: queued.length < BATCH };
    },
    async finish(context) {
      await removeUnseen(context.scope.db, context.run);
    },
  };
}

export const articlesSyncer = collectionSyncer(
  async (context) =>
    (
      await context.scope.db
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.workspaceId, context.scope.workspaceId), eq(articles.status, "published")))
    ).map((row) => articleKey(row.id)),
  loadArticle,
);

export const shortAnswersSyncer = collectionSyncer(
  async (context) =>
    (await context.scope.db.select({ id: shortAnswers.id }).from(shortAnswers).where(eq(shortAnswers.workspaceId, context.scope.workspaceId))).map(
      (row) => shortAnswerKey(row.id),
    ),
  loadShortAnswer,
);
