import type { Job } from "../define-job";
import { expireInvitationsJob } from "./expire-invitations";

export const jobs: Job[] = [expireInvitationsJob];
