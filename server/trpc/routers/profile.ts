import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { allowSignUp, changePassword, createAccount, getUser, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, updateProfile } from "../../auth";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../init";

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const profileRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(
      z.object({
        name: z.string().trim().max(80, "Keep your name under 80 characters."),
        email: z.string().trim().toLowerCase().max(320).pipe(z.email("Enter a valid email address.")),
        password,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (!(await allowSignUp(ctx.ip))) {
        throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Too many accounts created from your network. Try again in an hour." });
      }
      const user = await createAccount(ctx.db, input);
      return { id: user.id, email: user.email };
    }),

  me: protectedProcedure.query(({ ctx }) => getUser(ctx.db, ctx.user.id)),

  update: protectedProcedure
    .input(z.object({ name: z.string().trim().max(80, "Keep your name under 80 characters.") }))
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user.id, input)),

  changePassword: protectedProcedure
    .input(z.object({ currentPassword: z.string().max(PASSWORD_MAX_LENGTH).optional(), newPassword: password }))
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user.id, input)),
});
