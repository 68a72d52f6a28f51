import { FRAME_MESSAGE_NS, isFrameMessage, type FrameParams, type FrameToLoader, type LoaderToFrame } from "../frame-messages";

type Distribute<T> = T extends unknown ? Omit<T, "ns"> : never;
export type FrameMessage = Distribute<FrameToLoader>;

export interface LoaderBridge {
  /** False when the chat page is opened on its own (no loader around it). */
  embedded: boolean;
  post: (message: FrameMessage) => void;
  listen: (listener: (message: LoaderToFrame) => void) => () => void;
}

/** Reads the loader's hash parameters; a page opened directly has none. */
export function readFrameParams(hash: string): FrameParams {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  return { parent: params.get("parent") ?? "", page: params.get("page") ?? "", identity: params.get("identity") ?? "" };
}

/**
 * Talks to the loader in the host page. Messages are accepted only from the parent window and the
 * origin it declared; when the browser reports the real embedding origin (`ancestorOrigins`) and it
 * differs, the declared origin is distrusted and the frame behaves as if opened on its own.
 */
export function connectToLoader(params: FrameParams): LoaderBridge {
  const parent = window.parent;
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  const trusted = parent !== window && params.parent !== "" && (!ancestors || ancestors.length === 0 || ancestors[0] === params.parent);
  if (!trusted) return { embedded: false, post: () => undefined, listen: () => () => undefined };

  return {
    embedded: true,
    post: (message) => parent.postMessage({ ...message, ns: FRAME_MESSAGE_NS }, params.parent),
    listen: (listener) => {
      const handle = (event: MessageEvent) => {
        if (event.source !== parent || event.origin !== params.parent) return;
        if (isFrameMessage<LoaderToFrame>(event.data)) listener(event.data);
      };
      window.addEventListener("message", handle);
      return () => window.removeEventListener("message", handle);
    },
  };
}
