import { z } from "zod";
import { getEmbedder } from "@/server/ai";
import { searchKnowledge } from "../../../knowledge";
import { createTRPCRouter, permittedProcedure } from "../../init";
import { articlesRouter, shortAnswersRouter } from "./content";
import { sourcesRouter } from "./sources";

export const knowledgeRouter = createTRPCRouter({
  sources: sourcesRouter,
  articles: articlesRouter,
  shortAnswers: shortAnswersRouter,

  /** The search tester: ranked chunks with their scores and the confidence signals. */
  search: permittedProcedure("workspace.view")
    .input(
      z.object({
        query: z.string().trim().min(1, "Type a question.").max(1_000),
        sourceIds: z.array(z.uuid()).max(200).optional(),
        limit: z.number().int().min(1).max(50).default(10),
      }),
    )
    .query(async ({ ctx, input }) =>
      searchKnowledge(ctx.scope, { embedder: await getEmbedder() }, { query: input.query, sourceIds: input.sourceIds, limit: input.limit }),
    ),
});
