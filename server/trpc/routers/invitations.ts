import { z } from "zod";
import { isMailConfigured } from "../../notifications";
import {
  acceptInvitation,
  createInvitation,
  invitationUrl,
  listPendingInvitations,
  previewInvitation,
  revokeInvitation,
  sendInvitationEmail,
} from "../../workspaces";
import { createTRPCRouter, permittedProcedure, protectedProcedure, publicProcedure } from "../init";

const token = z.string().min(20).max(200);

export const invitationsRouter = createTRPCRouter({
  list: permittedProcedure("members.manage").query(({ ctx }) => listPendingInvitations(ctx.scope)),

  create: permittedProcedure("members.manage")
    .input(
      z.object({
        email: z.email("Enter a valid email address.").optional().or(z.literal("")),
        role: z.enum(["admin", "editor", "agent", "viewer"]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { invitation, token } = await createInvitation(ctx.scope, { email: input.email || null, role: input.role });
      const url = invitationUrl(token, ctx.origin);
      const emailed =
        invitation.email && isMailConfigured()
          ? await sendInvitationEmail({
              to: invitation.email,
              url,
              workspaceName: ctx.workspace.name,
              role: invitation.role,
              inviter: ctx.user.name ?? ctx.user.email,
            })
          : false;
      return { id: invitation.id, url, emailed, expiresAt: invitation.expiresAt };
    }),

  revoke: permittedProcedure("members.manage")
    .input(z.object({ invitationId: z.uuid() }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.scope, input.invitationId)),

  preview: publicProcedure.input(z.object({ token })).query(({ ctx, input }) => previewInvitation(ctx.db, input.token)),

  accept: protectedProcedure.input(z.object({ token })).mutation(async ({ ctx, input }) => {
    const workspace = await acceptInvitation(ctx.db, { token: input.token, userId: ctx.user.id, email: ctx.user.email });
    return { id: workspace.id, slug: workspace.slug, name: workspace.name };
  }),
});
