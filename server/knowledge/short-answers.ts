import { and, desc, eq } from "drizzle-orm";
import { shortAnswers } from "@/db/schema";
import { AppError } from "../errors";
import type { WorkspaceScope } from "../workspaces";
import { redactFields } from "./redact-on-save";
import { startSync } from "./sources/runs";
import { ensureCollectionSource } from "./sources/sources";

export interface ShortAnswerInput {
  question: string;
  variants: string[];
  answer: string;
  language?: string | null;
}

/** Trims, drops empty and repeated variants, and redacts sensitive data before saving. */
async function prepare(scope: WorkspaceScope, input: ShortAnswerInput) {
  const source = await ensureCollectionSource(scope, "short_answers");
  const variants = [...new Set(input.variants.map((variant) => variant.trim()).filter(Boolean))];
  const fields = Object.fromEntries([["question", input.question.trim()], ["answer", input.answer.trim()], ...variants.map((variant, i) => [`variant ${i + 1}`, variant])]);
  const { values, redactions } = await redactFields(scope, source.id, (clean) => `short answer “${String(clean.question).slice(0, 80)}”`, fields);
  return {
    sourceId: source.id,
    redactions,
    values: { question: values.question!, answer: values.answer!, variants: variants.map((_, i) => values[`variant ${i + 1}`]!), language: input.language ?? null },
  };
}

export async function listShortAnswers(scope: WorkspaceScope) {
  return scope.db.select().from(shortAnswers).where(eq(shortAnswers.workspaceId, scope.workspaceId)).orderBy(desc(shortAnswers.updatedAt));
}

export async function createShortAnswer(scope: WorkspaceScope, input: ShortAnswerInput) {
  const { values, redactions, sourceId } = await prepare(scope, input);
  const [answer] = await scope.db
    .insert(shortAnswers)
    .values({ ...values, workspaceId: scope.workspaceId, createdBy: scope.actorId ?? null })
    .returning();
  return { shortAnswer: answer!, event: (await startSync(scope, sourceId)).event, redactions };
}

export async function updateShortAnswer(scope: WorkspaceScope, id: string, input: ShortAnswerInput) {
  const { values, redactions, sourceId } = await prepare(scope, input);
  const [answer] = await scope.db
    .update(shortAnswers)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(shortAnswers.id, id), eq(shortAnswers.workspaceId, scope.workspaceId)))
    .returning();
  if (!answer) throw new AppError("NOT_FOUND", "Short answer not found.");
  return { shortAnswer: answer, event: (await startSync(scope, sourceId)).event, redactions };
}

export async function deleteShortAnswer(scope: WorkspaceScope, id: string) {
  const [deleted] = await scope.db
    .delete(shortAnswers)
    .where(and(eq(shortAnswers.id, id), eq(shortAnswers.workspaceId, scope.workspaceId)))
    .returning({ id: shortAnswers.id });
  if (!deleted) throw new AppError("NOT_FOUND", "Short answer not found.");
  const source = await ensureCollectionSource(scope, "short_answers");
  return { event: (await startSync(scope, source.id)).event };
}
