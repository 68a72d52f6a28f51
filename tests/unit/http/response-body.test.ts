import { ReadableStream } from "node:stream/web";
import { describe, expect, it } from "vitest";
import { decodeBody, isAllowedMediaType, mediaTypeOf, readLimitedBody } from "@/server/http/response-body";

function streamOf(chunks: number[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size));
      controller.close();
    },
  });
}

describe("response body helpers", () => {
  it("extracts the media type without parameters", () => {
    expect(mediaTypeOf("Text/HTML; charset=UTF-8")).toBe("text/html");
    expect(mediaTypeOf("application/rss+xml")).toBe("application/rss+xml");
    expect(mediaTypeOf(null)).toBeNull();
    expect(mediaTypeOf("nonsense")).toBeNull();
  });

  it("matches exact types and whole top-level types", () => {
    expect(isAllowedMediaType("text/plain", ["text/*"])).toBe(true);
    expect(isAllowedMediaType("application/xml", ["text/html", "application/xml"])).toBe(true);
    expect(isAllowedMediaType("image/png", ["text/*", "application/xml"])).toBe(false);
    expect(isAllowedMediaType("textual/html", ["text/*"])).toBe(false);
    expect(isAllowedMediaType(null, ["text/html"])).toBe(false);
  });

  it("decodes with the declared charset and falls back to UTF-8", () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    expect(decodeBody(latin1, "text/html; charset=ISO-8859-1")).toBe("café");
    expect(decodeBody(new TextEncoder().encode("café"), "text/html")).toBe("café");
    expect(decodeBody(new TextEncoder().encode("café"), 'text/html; charset="no-such-charset"')).toBe("café");
  });

  it("reads a body up to the limit and refuses one past it", async () => {
    expect((await readLimitedBody(streamOf([4, 4, 2]), null, 10)).byteLength).toBe(10);
    await expect(readLimitedBody(streamOf([4, 4, 4]), null, 10)).rejects.toMatchObject({ code: "TOO_LARGE" });
    await expect(readLimitedBody(streamOf([1]), "11", 10)).rejects.toMatchObject({ code: "TOO_LARGE" });
  });
});
