import { z } from "zod";
import { agentSettingsSchema, createAgent, deleteAgent, discardDraft, getAgent, listAgents, listTestQuestions, publishAgent, updateDraft } from "@/server/agents";
import { listChatModels } from "@/server/ai";
import { createTRPCRouter, permittedProcedure } from "../init";

const agentRef = z.object({ agentId: z.uuid() });

export const agentsRouter = createTRPCRouter({
  list: permittedProcedure("workspace.view").query(({ ctx }) => listAgents(ctx.scope)),

  get: permittedProcedure("workspace.view")
    .input(agentRef)
    .query(({ ctx, input }) => getAgent(ctx.scope, input.agentId)),

  /** The models an agent may use on this server. */
  models: permittedProcedure("workspace.view").query(() => listChatModels()),

  /** Questions to try the draft with in the preview, drawn from the knowledge it answers from. */
  testQuestions: permittedProcedure("agents.configure")
    .input(agentRef)
    .query(({ ctx, input }) => listTestQuestions(ctx.scope, input.agentId)),

  create: permittedProcedure("agents.configure")
    .input(z.object({ name: agentSettingsSchema.shape.name }))
    .mutation(({ ctx, input }) => createAgent(ctx.scope, { name: input.name })),

  /** The settings are top-level fields (not nested) so validation errors come back per field. */
  updateDraft: permittedProcedure("agents.configure")
    .input(agentSettingsSchema.extend({ agentId: z.uuid(), expectedDraftUpdatedAt: z.date() }))
    .mutation(({ ctx, input }) => {
      const { agentId, expectedDraftUpdatedAt, workspaceId: _workspaceId, ...settings } = input;
      return updateDraft(ctx.scope, agentId, settings, { expectedDraftUpdatedAt });
    }),

  publish: permittedProcedure("agents.configure")
    .input(agentRef.extend({ expectedDraftUpdatedAt: z.date().optional() }))
    .mutation(({ ctx, input }) => publishAgent(ctx.scope, input.agentId, { expectedDraftUpdatedAt: input.expectedDraftUpdatedAt })),

  discardDraft: permittedProcedure("agents.configure")
    .input(agentRef)
    .mutation(({ ctx, input }) => discardDraft(ctx.scope, input.agentId)),

  delete: permittedProcedure("agents.configure")
    .input(agentRef)
    .mutation(({ ctx, input }) => deleteAgent(ctx.scope, input.agentId)),
});
