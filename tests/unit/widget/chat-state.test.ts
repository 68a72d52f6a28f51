import { describe, expect, it } from "vitest";
import { readFrameParams } from "@/widget/chat/bridge";
import { createTranslator, pickLanguage } from "@/widget/chat/i18n";
import { type ChatMessage } from "@/widget/chat/reply-state";
import { openChatStore } from "@/widget/chat/storage";
import { countUnread } from "@/widget/chat/use-loader-sync";

function memoryStorage() {
  const items = new Map<string, string>();
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

const reply = (id: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({ id, role: "agent", text: id, sources: [], decision: "answer", feedback: null, persisted: true, streaming: false, ...extra });

describe("openChatStore", () => {
  it("makes a visitor id once per agent and keeps the conversation across reopenings", () => {
    const storage = memoryStorage();
    const first = openChatStore("agent-a", storage);
    first.update({ conversationId: "c1" });
    const again = openChatStore("agent-a", storage);
    expect(again.read()).toEqual({ visitorId: first.read().visitorId, conversationId: "c1" });
    expect(again.read().visitorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(openChatStore("agent-b", storage).read().visitorId).not.toBe(first.read().visitorId);
  });

  it("starts over from a corrupted record and works without storage", () => {
    const storage = memoryStorage();
    storage.setItem("closer-chat:agent-a", "{oops");
    expect(openChatStore("agent-a", storage).read().visitorId).toBeTruthy();
    const memoryOnly = openChatStore("agent-a", undefined);
    expect(memoryOnly.update({ conversationId: "c2" }).conversationId).toBe("c2");
  });
});

describe("countUnread", () => {
  const messages = [reply("a1"), { ...reply("v1"), role: "visitor" as const }, reply("a2"), reply("a3"), reply("local", { persisted: false }), reply("a4", { streaming: true })];

  it("counts finished agent replies after the last one seen", () => {
    expect(countUnread(messages, "a2")).toBe(1);
    expect(countUnread(messages, "a3")).toBe(0);
    expect(countUnread(messages, undefined)).toBe(3);
    expect(countUnread(messages, "gone")).toBe(3);
  });
});

describe("translations", () => {
  it("picks the language from the locale and falls back to English", () => {
    expect(pickLanguage("fr-CA")).toBe("fr");
    expect(pickLanguage("SV")).toBe("sv");
    expect(pickLanguage("pt-BR")).toBe("en");
    expect(createTranslator("de-AT").t("sources")).toBe("Quellen");
    expect(createTranslator("es").t("emailSent", { email: "a@b.es" })).toBe("¡Gracias! Una persona responderá a a@b.es.");
    expect(createTranslator("ja").t("charactersLeft", { count: 12 })).toBe("12 characters left");
  });
});

describe("readFrameParams", () => {
  it("reads the host origin and page from the iframe URL's fragment", () => {
    const hash = `#${new URLSearchParams({ parent: "https://shop.example", page: "https://shop.example/p?q=1#x" }).toString()}`;
    expect(readFrameParams(hash)).toEqual({ parent: "https://shop.example", page: "https://shop.example/p?q=1#x", identity: "" });
    const withIdentity = `#${new URLSearchParams({ parent: "https://shop.example", page: "https://shop.example/", identity: "header.payload.signature" }).toString()}`;
    expect(readFrameParams(withIdentity).identity).toBe("header.payload.signature");
    expect(readFrameParams("")).toEqual({ parent: "", page: "", identity: "" });
  });
});
