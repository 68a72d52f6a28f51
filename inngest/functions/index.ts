import type { Job } from "../define-job";
import { expireInvitationsJob } from "./expire-invitations";
import { reembedKnowledgeJob, resyncDueSourcesJob } from "./maintain-knowledge";
import { syncKnowledgeSourceJob } from "./sync-knowledge-source";

export const jobs: Job[] = [expireInvitationsJob, syncKnowledgeSourceJob, resyncDueSourcesJob, reembedKnowledgeJob];
