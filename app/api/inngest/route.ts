import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { jobs } from "@/inngest/functions";

export const { GET, POST, PUT } = serve({ client: inngest, functions: jobs.map((job) => job.fn) });
