import { transcribe } from "ai";
import { env } from "@/env";
import { getEmbedder, resolveTranscriptionModel } from "@/server/ai";
import { checkOutboundUrl, fetchOutbound } from "../http";
import type { SyncDeps } from "./sync/types";

/** Whether video and audio uploads can be transcribed with the current configuration. */
export const canTranscribe = () => resolveTranscriptionModel() !== null;

export const maxUploadBytes = () => env.MAX_UPLOAD_MB * 1024 * 1024;

/** The production wiring of the knowledge pipeline: configured embedder, guarded fetch, transcription. */
export async function defaultSyncDeps(): Promise<SyncDeps> {
  const model = resolveTranscriptionModel();
  return {
    embedder: await getEmbedder(),
    fetch: fetchOutbound,
    maxFileBytes: maxUploadBytes(),
    transcribe: model
      ? async (bytes) => (await transcribe({ model, audio: bytes })).text
      : undefined,
  };
}

export const defaultUrlCheck = { checkUrl: (url: string) => checkOutboundUrl(url) };
