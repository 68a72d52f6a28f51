import { Inngest } from "inngest";
import { env } from "@/env";

export const inngest = new Inngest({ id: "closer" });

/** With an event key (Inngest Cloud) or INNGEST_DEV (a dev server) jobs go to Inngest; otherwise they run in-process. */
export function isInngestConfigured(): boolean {
  return Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_DEV);
}
