import { AppError } from "@/server/errors";
import { invalidFile } from "./file-errors";
import { mediaTypeOf } from "./formats";
import { titleFromFilename } from "./title";
import type { ParsedDocument, Transcribe } from "./types";

export const TRANSCRIPTION_NOT_CONFIGURED =
  "Video and audio files need a transcription model. Set OPENAI_API_KEY (with OPENAI_BASE_URL for an OpenAI-compatible server) to enable transcription; TRANSCRIPTION_MODEL picks the model (default whisper-1).";

export async function parseMedia(input: {
  filename: string;
  bytes: Uint8Array;
  contentType?: string;
  transcribe?: Transcribe;
}): Promise<ParsedDocument> {
  const { filename, bytes, contentType, transcribe } = input;
  if (!transcribe) throw new AppError("INVALID", TRANSCRIPTION_NOT_CONFIGURED);
  const transcript = (await transcribe(bytes, mediaTypeOf(filename, contentType))).trim();
  if (!transcript) throw invalidFile(filename, "contains no speech that could be transcribed.");
  return { title: titleFromFilename(filename), markdown: transcript, format: "transcript" };
}
