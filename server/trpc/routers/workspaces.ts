import { z } from "zod";
import { knowledgeUsage } from "../../knowledge";
import {
  createWorkspace,
  deleteWorkspace,
  getSeatUsage,
  invitationsToday,
  workspaceQuotas,
  listWorkspacesForUser,
  permissionsOf,
  setSeats,
  updateWorkspace,
} from "../../workspaces";
import { createTRPCRouter, permittedProcedure, protectedProcedure, workspaceProcedure } from "../init";

const workspaceName = z.string().trim().min(1, "Give the workspace a name.").max(80, "Keep the name under 80 characters.");

export const workspacesRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listWorkspacesForUser(ctx.db, ctx.user.id)),

  create: protectedProcedure
    .input(z.object({ name: workspaceName }))
    .mutation(({ ctx, input }) => createWorkspace(ctx.db, { name: input.name, ownerId: ctx.user.id })),

  get: workspaceProcedure.query(async ({ ctx }) => ({
    workspace: ctx.workspace,
    role: ctx.role,
    permissions: permissionsOf(ctx.role),
    seatUsage: await getSeatUsage(ctx.scope),
  })),

  /** Each quota of this install with what the workspace uses of it (a limit of 0 means none). */
  usage: workspaceProcedure.query(async ({ ctx }) => ({
    ...(await knowledgeUsage(ctx.scope)),
    invitationsToday: { used: await invitationsToday(ctx.scope), limit: workspaceQuotas().invitationsPerDay },
  })),

  update: permittedProcedure("workspace.update")
    .input(
      z.object({
        name: workspaceName.optional(),
        slug: z.string().trim().min(2, "Use at least 2 characters.").max(48).regex(/^[a-z0-9-]+$/, "Use lowercase letters, digits and dashes.").optional(),
        brandVoice: z.string().trim().max(2_000, "Keep the brand voice under 2,000 characters.").nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) => updateWorkspace(ctx.scope, { name: input.name, slug: input.slug, brandVoice: input.brandVoice })),

  updateSeats: permittedProcedure("workspace.manageSeats")
    .input(z.object({ seats: z.number().int().min(1, "A workspace needs at least one seat.").max(10_000) }))
    .mutation(async ({ ctx, input }) => {
      await setSeats(ctx.scope, input.seats);
      return getSeatUsage(ctx.scope);
    }),

  delete: permittedProcedure("workspace.delete")
    .input(z.object({ confirmName: z.string() }))
    .mutation(({ ctx, input }) => deleteWorkspace(ctx.scope, input.confirmName)),
});
