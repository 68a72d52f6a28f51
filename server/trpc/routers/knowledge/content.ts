import { z } from "zod";
import {
  createArticle,
  createShortAnswer,
  deleteArticle,
  deleteShortAnswer,
  getArticle,
  listArticles,
  listShortAnswers,
  updateArticle,
  updateShortAnswer,
} from "../../../knowledge";
import { createTRPCRouter, permittedProcedure } from "../../init";

const language = z.string().trim().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, "Use a language code such as en or sv.").nullable().optional();

const articleInput = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(300),
  body: z.string().max(200_000, "Articles are limited to 200,000 characters."),
  category: z.string().trim().max(100).nullable().optional(),
  language,
  status: z.enum(["draft", "published"]),
});

const shortAnswerInput = z.object({
  question: z.string().trim().min(3, "Write the question.").max(500),
  variants: z.array(z.string().trim().max(500)).max(20, "At most 20 variants.").default([]),
  answer: z.string().trim().min(1, "Write the answer.").max(5_000),
  language,
});

export const articlesRouter = createTRPCRouter({
  list: permittedProcedure("workspace.view").query(({ ctx }) => listArticles(ctx.scope)),
  get: permittedProcedure("workspace.view")
    .input(z.object({ articleId: z.uuid() }))
    .query(({ ctx, input }) => getArticle(ctx.scope, input.articleId)),
  create: permittedProcedure("knowledge.manage")
    .input(articleInput)
    .mutation(async ({ ctx, input }) => {
      const { article, event, redactions } = await createArticle(ctx.scope, input);
      if (event) await ctx.events.send(event);
      return { ...article, redactions };
    }),
  update: permittedProcedure("knowledge.manage")
    .input(articleInput.extend({ articleId: z.uuid(), expectedUpdatedAt: z.date().optional() }))
    .mutation(async ({ ctx, input }) => {
      const { articleId, ...changes } = input;
      const { article, event, redactions } = await updateArticle(ctx.scope, articleId, changes);
      if (event) await ctx.events.send(event);
      return { ...article, redactions };
    }),
  delete: permittedProcedure("knowledge.manage")
    .input(z.object({ articleId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { event } = await deleteArticle(ctx.scope, input.articleId);
      if (event) await ctx.events.send(event);
    }),
});

export const shortAnswersRouter = createTRPCRouter({
  list: permittedProcedure("workspace.view").query(({ ctx }) => listShortAnswers(ctx.scope)),
  create: permittedProcedure("knowledge.manage")
    .input(shortAnswerInput)
    .mutation(async ({ ctx, input }) => {
      const { shortAnswer, event, redactions } = await createShortAnswer(ctx.scope, input);
      await ctx.events.send(event);
      return { ...shortAnswer, redactions };
    }),
  update: permittedProcedure("knowledge.manage")
    .input(shortAnswerInput.extend({ shortAnswerId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { shortAnswerId, ...changes } = input;
      const { shortAnswer, event, redactions } = await updateShortAnswer(ctx.scope, shortAnswerId, changes);
      await ctx.events.send(event);
      return { ...shortAnswer, redactions };
    }),
  delete: permittedProcedure("knowledge.manage")
    .input(z.object({ shortAnswerId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { event } = await deleteShortAnswer(ctx.scope, input.shortAnswerId);
      await ctx.events.send(event);
    }),
});
