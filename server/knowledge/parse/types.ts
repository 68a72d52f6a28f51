import type { ParserKind } from "./formats";

/** What a parser produced from: media files arrive here as their transcripts. */
export type DocumentFormat = Exclude<ParserKind, "media"> | "transcript";

export interface ParsedDocument {
  title: string;
  markdown: string;
  format: DocumentFormat;
}

/** Speech-to-text for audio and video files, injected so parsing never picks a provider itself. */
export type Transcribe = (bytes: Uint8Array, mediaType: string) => Promise<string>;

export interface ParseDocumentInput {
  filename: string;
  bytes: Uint8Array;
  contentType?: string;
  /** Upload cap in bytes; defaults to DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  transcribe?: Transcribe;
}

/** What a single-format parser receives: the bytes plus the name to use in messages and titles. */
export interface FormatInput {
  filename: string;
  bytes: Uint8Array;
  maxBytes: number;
}
