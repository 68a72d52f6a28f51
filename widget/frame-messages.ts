/**
 * postMessage protocol between the loader (host page) and the chat iframe (app origin). Both sides
 * check `event.origin` and `event.source` before reading a message, and tag their own with `ns` so
 * other scripts' messages on the same window are ignored.
 */

export const FRAME_MESSAGE_NS = "closer-widget";

export type LoaderToFrame =
  | { ns: typeof FRAME_MESSAGE_NS; type: "open" }
  | { ns: typeof FRAME_MESSAGE_NS; type: "closed" }
  /** The chat's saved record, kept in the host page's storage (see `storage-load`). */
  | { ns: typeof FRAME_MESSAGE_NS; type: "storage"; record: string | null };

export type FrameToLoader =
  | { ns: typeof FRAME_MESSAGE_NS; type: "ready" }
  | { ns: typeof FRAME_MESSAGE_NS; type: "close" }
  /** Agent messages the visitor has not seen while the panel was closed. */
  | { ns: typeof FRAME_MESSAGE_NS; type: "unread"; count: number }
  /** Whether a conversation is in progress, so the next page load can prepare the chat early. */
  | { ns: typeof FRAME_MESSAGE_NS; type: "conversation"; active: boolean }
  /**
   * Sent only when the browser denies the frame its own storage (third-party storage blocked, as in
   * Chrome's incognito windows): the loader then keeps the chat's record in the host page's storage.
   */
  | { ns: typeof FRAME_MESSAGE_NS; type: "storage-load" }
  | { ns: typeof FRAME_MESSAGE_NS; type: "storage-save"; record: string };

/** Hash parameters the loader puts on the iframe URL (the fragment never reaches the server's logs). */
export interface FrameParams {
  /** Origin of the host page, the only target the frame posts to. */
  parent: string;
  /** The host page's URL, for page-specific suggestions and the conversation record. */
  page: string;
  /** A visitor identity token the company's server signed (the snippet's `data-identity`), or "". */
  identity: string;
}

export function isFrameMessage<T extends { ns: string; type: string }>(data: unknown): data is T {
  return typeof data === "object" && data !== null && (data as { ns?: unknown }).ns === FRAME_MESSAGE_NS && typeof (data as { type?: unknown }).type === "string";
}
