import { z } from "zod";
import {
  addUrlSource,
  cancelSync,
  defaultUrlCheck,
  deleteSource,
  getSource,
  listSourceDocuments,
  listSources,
  renameSource,
  resyncSchedules,
  startSync,
} from "../../../knowledge";
import { createTRPCRouter, permittedProcedure } from "../../init";

const sourceId = z.object({ sourceId: z.uuid() });

export const sourcesRouter = createTRPCRouter({
  list: permittedProcedure("workspace.view").query(({ ctx }) => listSources(ctx.scope)),

  documents: permittedProcedure("workspace.view")
    .input(sourceId)
    .query(({ ctx, input }) => listSourceDocuments(ctx.scope, input.sourceId)),

  addUrl: permittedProcedure("knowledge.manage")
    .input(
      z.object({
        url: z.string().trim().min(1, "Enter a web address.").max(2048).pipe(z.url({ protocol: /^https?$/, error: "Enter a full http:// or https:// address." })),
        includeRelated: z.boolean().default(false),
        pageCap: z.number().int().min(1).max(10_000).default(1_000),
        resync: z.enum(resyncSchedules).default("weekly"),
        rejectSensitive: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { source, event } = await addUrlSource(ctx.scope, input, defaultUrlCheck);
      await ctx.events.send(event);
      return source;
    }),

  rename: permittedProcedure("knowledge.manage")
    .input(sourceId.extend({ name: z.string().trim().min(1, "Give the source a name.").max(200) }))
    .mutation(({ ctx, input }) => renameSource(ctx.scope, input.sourceId, input.name)),

  sync: permittedProcedure("knowledge.manage")
    .input(sourceId)
    .mutation(async ({ ctx, input }) => {
      const { run, event, alreadyRunning } = await startSync(ctx.scope, input.sourceId);
      if (!alreadyRunning) await ctx.events.send(event);
      return { runId: run.id, alreadyRunning };
    }),

  cancel: permittedProcedure("knowledge.manage")
    .input(sourceId)
    .mutation(async ({ ctx, input }) => ({ cancelledRunId: await cancelSync(ctx.scope, input.sourceId) })),

  delete: permittedProcedure("knowledge.manage")
    .input(sourceId)
    .mutation(async ({ ctx, input }) => {
      const source = await getSource(ctx.scope, input.sourceId);
      await deleteSource(ctx.scope, input.sourceId);
      return { name: source.name };
    }),
});
