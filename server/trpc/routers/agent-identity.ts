import { z } from "zod";
import { getIdentitySecret } from "../../agents";
import { createTRPCRouter, permittedProcedure } from "../init";

const agentRef = z.object({ agentId: z.uuid() });

/** The key a company's server signs visitor identity tokens with. Only people who configure agents see it. */
export const agentIdentityRouter = createTRPCRouter({
  secret: permittedProcedure("agents.configure")
    .input(agentRef)
    .query(async ({ ctx, input }) => ({ secret: await getIdentitySecret(ctx.scope, input.agentId) })),
  rotate: permittedProcedure("agents.configure")
    .input(agentRef)
    .mutation(async ({ ctx, input }) => ({ secret: await getIdentitySecret(ctx.scope, input.agentId, { rotate: true }) })),
});
