import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES, parseDocument, TRANSCRIPTION_NOT_CONFIGURED } from "@/server/knowledge/parse";
import { encode, expectAppError } from "./helpers";

describe("parseDocument dispatch and limits", () => {
  it("refuses unsupported extensions, naming the file and the supported types", async () => {
    const error = await expectAppError(
      parseDocument({ filename: "setup.exe", bytes: encode("MZ") }),
      "INVALID",
      /^"setup\.exe" is not a supported file type\./,
    );
    expect(error.message).toContain(".pdf");
    expect(error.message).toContain(".pptx");
  });

  it("refuses empty files and files over the cap (default 50 MB)", async () => {
    await expectAppError(parseDocument({ filename: "a.pdf", bytes: new Uint8Array() }), "INVALID", /"a\.pdf" is empty/);
    await expectAppError(
      parseDocument({ filename: "big.txt", bytes: encode("x".repeat(2048)), maxBytes: 1024 }),
      "TOO_LARGE",
      /^"big\.txt" is 2 KB, larger than the 1 KB limit\.$/,
    );
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
    const justOver = new Uint8Array(DEFAULT_MAX_BYTES + 1);
    await expectAppError(parseDocument({ filename: "huge.pdf", bytes: justOver }), "TOO_LARGE", /larger than the 50 MB limit/);
  });

  it("uses the content type when the name has no known extension", async () => {
    const html = encode("<html><body><h1 id='faq'>FAQ</h1><p>Answers.</p></body></html>");
    const result = await parseDocument({ filename: "download", bytes: html, contentType: "text/html; charset=utf-8" });
    expect(result.format).toBe("html");
    expect(result.markdown).toBe("# FAQ {#faq}\n\nAnswers.");
    expect(result.title).toBe("FAQ");
  });

  it("matches extensions case-insensitively and strips folders from titles", async () => {
    const result = await parseDocument({ filename: "docs/Read Me.TXT", bytes: encode("hello") });
    expect(result).toEqual({ title: "Read Me", markdown: "hello", format: "text" });
  });

  it("asks for a transcription model when none is configured", async () => {
    const error = await expectAppError(
      parseDocument({ filename: "demo.mp4", bytes: new Uint8Array([0, 0, 0, 24]) }),
      "INVALID",
      /transcription model/,
    );
    expect(error.message).toBe(TRANSCRIPTION_NOT_CONFIGURED);
    expect(error.message).toContain("OPENAI_API_KEY");
  });

  it("transcribes audio and video through the injected function", async () => {
    const calls: [number, string][] = [];
    const transcribe = async (bytes: Uint8Array, mediaType: string) => {
      calls.push([bytes.length, mediaType]);
      return "  Welcome to the product tour.  ";
    };
    const video = await parseDocument({ filename: "Tour.mov", bytes: new Uint8Array(3), transcribe });
    expect(video).toEqual({ title: "Tour", markdown: "Welcome to the product tour.", format: "transcript" });
    await parseDocument({ filename: "call.m4a", bytes: new Uint8Array(5), transcribe });
    expect(calls).toEqual([
      [3, "video/quicktime"],
      [5, "audio/mp4"],
    ]);
    await expectAppError(
      parseDocument({ filename: "silence.wav", bytes: new Uint8Array(1), transcribe: async () => " " }),
      "INVALID",
      /"silence\.wav" contains no speech/,
    );
  });
});
