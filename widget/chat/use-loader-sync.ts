import { useEffect, useState } from "preact/hooks";
import { type ConversationStatus } from "../protocol";
import { type LoaderBridge } from "./bridge";
import { type ChatMessage } from "./reply-state";
import { type ChatStore } from "./storage";

/** Agent replies after the last one the visitor saw; all of them when none was seen yet. */
export function countUnread(messages: readonly ChatMessage[], lastSeenMessageId: string | undefined): number {
  const replies = messages.filter((message) => message.role === "agent" && message.persisted && !message.streaming);
  const seenAt = lastSeenMessageId === undefined ? -1 : replies.findIndex((message) => message.id === lastSeenMessageId);
  return replies.length - 1 - seenAt;
}

/**
 * Keeps the loader informed (ready, unread replies, whether a conversation is in progress) and
 * follows its open/closed state. `openings` changes each time the panel opens, to move focus in.
 */
export function useLoaderSync(bridge: LoaderBridge, store: ChatStore, messages: readonly ChatMessage[], conversationId: string | undefined, status: ConversationStatus) {
  const [panelOpen, setPanelOpen] = useState(!bridge.embedded);
  const [openings, setOpenings] = useState(bridge.embedded ? 0 : 1);

  useEffect(() => {
    const stop = bridge.listen((message) => {
      if (message.type === "open") {
        setPanelOpen(true);
        setOpenings((count) => count + 1);
      } else if (message.type === "closed") {
        setPanelOpen(false);
      }
    });
    bridge.post({ type: "ready" });
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) bridge.post({ type: "close" });
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      stop();
      document.removeEventListener("keydown", closeOnEscape);
    };
  }, [bridge]);

  useEffect(() => {
    if (panelOpen) {
      const replies = messages.filter((message) => message.role === "agent" && message.persisted && !message.streaming);
      const last = replies[replies.length - 1];
      if (last && store.read().lastSeenMessageId !== last.id) store.update({ lastSeenMessageId: last.id });
      bridge.post({ type: "unread", count: 0 });
    } else {
      bridge.post({ type: "unread", count: countUnread(messages, store.read().lastSeenMessageId) });
    }
  }, [bridge, store, messages, panelOpen]);

  useEffect(() => {
    bridge.post({ type: "conversation", active: Boolean(conversationId) && status !== "closed" });
  }, [bridge, conversationId, status]);

  return { panelOpen, openings, close: () => bridge.post({ type: "close" }) };
}
