import { z } from "zod";
import { changePassword, confirmEmail, describeEmailVerification, getUser, invitationTokenFrom, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, signUp, updateProfile } from "../../auth";
import { isMailConfigured } from "../../notifications";
import { limits } from "../../rate-limits";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../init";

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

const verificationToken = z.string().min(20).max(200);

export const profileRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(
      z.object({
        name: z.string().trim().max(80, "Keep your name under 80 characters."),
        email: z.string().trim().toLowerCase().max(320).pipe(z.email("Enter a valid email address.")),
        password,
        /** Where the person goes next; an invitation there lets them in on an invitation-only server. */
        callbackUrl: z.string().max(2_000).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await signUp(ctx.db, { ...input, invitationToken: invitationTokenFrom(input.callbackUrl), next: input.callbackUrl }, { address: ctx.address, limits: ctx.limits, appUrl: ctx.origin });
      // Without SMTP the link is in the server log: the page says where to look.
      return { ...result, mailConfigured: isMailConfigured() };
    }),

  /** The address a confirmation link is for, so the page can say whose password it asks for. */
  verification: publicProcedure.input(z.object({ token: verificationToken })).query(({ ctx, input }) => describeEmailVerification(ctx.db, input.token)),

  verifyEmail: publicProcedure.input(z.object({ token: verificationToken, password: z.string().max(PASSWORD_MAX_LENGTH) })).mutation(async ({ ctx, input }) => {
    // Guessing the password through this form is throttled like guessing it at sign-in.
    await ctx.limits.check(limits.signInFailuresPerAddress, ctx.address);
    return confirmEmail(ctx.db, input).catch(async (error: unknown) => {
      await ctx.limits.add(limits.signInFailuresPerAddress, ctx.address, 1);
      throw error;
    });
  }),

  me: protectedProcedure.query(({ ctx }) => getUser(ctx.db, ctx.user.id).then((user) => user && { id: user.id, email: user.email, name: user.name, image: user.image, hasPassword: user.hasPassword })),

  update: protectedProcedure
    .input(z.object({ name: z.string().trim().max(80, "Keep your name under 80 characters.") }))
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user.id, input)),

  changePassword: protectedProcedure
    .input(z.object({ currentPassword: z.string().max(PASSWORD_MAX_LENGTH).optional(), newPassword: password }))
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user.id, input)),
});
