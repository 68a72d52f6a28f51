import { createCallerFactory, createTRPCRouter } from "./init";
import { agentsRouter } from "./routers/agents";
import { agentIdentityRouter } from "./routers/agent-identity";
import { invitationsRouter } from "./routers/invitations";
import { knowledgeRouter } from "./routers/knowledge";
import { membersRouter } from "./routers/members";
import { profileRouter } from "./routers/profile";
import { workspacesRouter } from "./routers/workspaces";

export const appRouter = createTRPCRouter({
  workspaces: workspacesRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  profile: profileRouter,
  knowledge: knowledgeRouter,
  agentIdentity: agentIdentityRouter,
  agents: agentsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
