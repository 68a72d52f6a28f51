import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Db } from "@/db/client";
import type { EventSender } from "../events";
import type { Limits } from "../rate-limits";
import { AppError, type AppErrorCode } from "../errors";
import { can, findMembership, type Permission, type Role, type WorkspaceScope } from "../workspaces";

export interface TrpcContext {
  db: Db;
  user: { id: string; email: string; name: string | null } | null;
  /** The caller's address behind our trusted proxies (see `clientAddress`), for rate limits. */
  address: string;
  /** The app's public origin (APP_URL, else the one the request came to), for emailed links. */
  origin: string;
  /** Rate limits, shared by every app server on one Postgres. */
  limits: Limits;
  /** Starts background jobs (Inngest or in-process). */
  events: EventSender;
}

const trpcCode: Record<AppErrorCode, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  INVALID: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  UPSTREAM: "BAD_GATEWAY",
  TOO_LARGE: "PAYLOAD_TOO_LARGE",
};

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const fieldErrors = error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null;
    // Stacks stay in the server log; clients get the code, the message and any field errors.
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, data: { ...data, fieldErrors } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors become tRPC errors here, once; anything unexpected is logged and hidden. */
const mapAppErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: trpcCode[cause.code], message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      console.error(`[trpc] ${path}:`, result.error.cause ?? result.error);
      throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side. Please try again." });
    }
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * Resolves the workspace named in the input for a member. A non-member gets NOT_FOUND, the same as
 * for a workspace that does not exist, so ids of other tenants cannot be probed.
 */
export const workspaceProcedure = protectedProcedure
  .input(z.object({ workspaceId: z.uuid() }))
  .use(async ({ ctx, input, next }) => {
    const membership = await findMembership(ctx.db, { userId: ctx.user.id, workspaceId: input.workspaceId });
    if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "Workspace not found." });
    const scope: WorkspaceScope = { db: ctx.db, workspaceId: membership.workspace.id, actorId: ctx.user.id };
    return next({ ctx: { ...ctx, scope, role: membership.role as Role, workspace: membership.workspace } });
  });

/** A workspace procedure that also requires a permission from the role map. */
export function permittedProcedure(permission: Permission) {
  return workspaceProcedure.use(({ ctx, next }) => {
    if (!can(ctx.role, permission)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your role in this workspace does not allow this." });
    }
    return next();
  });
}
