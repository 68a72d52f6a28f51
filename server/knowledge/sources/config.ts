import { z } from "zod";

export const resyncSchedules = ["off", "daily", "weekly"] as const;

export const urlSourceConfig = z.object({
  url: z.string().url(),
  /** Crawl the site: sitemaps and links on the same host under the start URL's path. */
  includeRelated: z.boolean().default(false),
  pageCap: z.number().int().min(1).max(10_000).default(1_000),
  requestsPerSecond: z.number().min(0.1).max(10).default(2),
  resync: z.enum(resyncSchedules).default("weekly"),
});
export type UrlSourceConfig = z.infer<typeof urlSourceConfig>;

export const fileSourceConfig = z.object({
  filename: z.string(),
  contentType: z.string().nullable(),
  size: z.number().int(),
  sha256: z.string(),
});
export type FileSourceConfig = z.infer<typeof fileSourceConfig>;

export const resyncIntervalMs: Record<(typeof resyncSchedules)[number], number | null> = {
  off: null,
  daily: 24 * 60 * 60 * 1000,
  weekly: 7 * 24 * 60 * 60 * 1000,
};
