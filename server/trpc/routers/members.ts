import { z } from "zod";
import { memberRoles } from "@/db/schema";
import { changeMemberRole, listMembers, removeMember } from "../../workspaces";
import { createTRPCRouter, permittedProcedure, workspaceProcedure } from "../init";

export const membersRouter = createTRPCRouter({
  list: permittedProcedure("members.view").query(({ ctx }) => listMembers(ctx.scope)),

  changeRole: permittedProcedure("members.manage")
    .input(z.object({ userId: z.uuid(), role: z.enum(memberRoles) }))
    .mutation(({ ctx, input }) => changeMemberRole(ctx.scope, input)),

  remove: permittedProcedure("members.manage")
    .input(z.object({ userId: z.uuid() }))
    .mutation(({ ctx, input }) => removeMember(ctx.scope, input)),

  leave: workspaceProcedure.mutation(({ ctx }) => removeMember(ctx.scope, { userId: ctx.user.id })),
});
