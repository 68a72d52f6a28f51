/** @jsxImportSource preact */
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
import { type LoaderBridge } from "./bridge";
import { Composer } from "./components/composer";
import { HandoffForm } from "./components/handoff-form";
import { Header } from "./components/header";
import { MessageList, Starters } from "./components/message-list";
import { useChat, type ChatDeps } from "./use-chat";
import { useLoaderSync } from "./use-loader-sync";

export interface AppProps extends ChatDeps {
  bridge: LoaderBridge;
}

export function App({ bridge, ...deps }: AppProps) {
  const chat = useChat(deps);
  const sync = useLoaderSync(bridge, deps.store, chat.messages, chat.conversationId, chat.status);
  const { t } = deps.translator;
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const closeRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sync.openings === 0) return;
    const input = inputRef.current;
    if (input && !input.disabled) input.focus();
    else closeRef.current?.querySelector<HTMLButtonElement>("button.close")?.focus();
  }, [sync.openings, chat.phase]);

  // The composer is disabled while a reply streams, which drops focus to the page; give it back.
  useEffect(() => {
    if (chat.streaming || !sync.panelOpen) return;
    if (document.activeElement === document.body || document.activeElement === null) inputRef.current?.focus();
  }, [chat.streaming, sync.panelOpen]);

  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
  }, [chat.messages, chat.showHandoffForm, chat.phase]);

  const config = chat.config;
  const ready = chat.phase === "ready" && config;
  const hasVisitorMessage = chat.messages.some((message) => message.role === "visitor");
  return (
    <div class="chat" ref={closeRef}>
      <Header
        name={config?.name ?? ""}
        avatarUrl={config?.avatarUrl ?? null}
        aiHandling={chat.status !== "waiting_for_human"}
        showClose={bridge.embedded}
        onClose={sync.close}
        translator={deps.translator}
      />
      <div class="scroll" ref={scrollRef}>
        {ready && (
          <MessageList
            welcome={config.welcome}
            messages={chat.messages}
            agentName={config.name}
            agentLanguage={config.language}
            streaming={chat.streaming}
            canRate={Boolean(chat.conversationId)}
            onRate={(id, rating) => void chat.rate(id, rating)}
            translator={deps.translator}
          />
        )}
        {ready && !hasVisitorMessage && (
          <Starters quickReplies={config.quickReplies} suggestions={config.suggestions} lang={config.language} disabled={chat.streaming} onPick={(text) => void chat.send(text)} translator={deps.translator} />
        )}
        {ready && chat.showHandoffForm && <HandoffForm sentTo={chat.handoffEmail} onSubmit={chat.leaveEmail} translator={deps.translator} />}
      </div>
      {chat.error && (
        <p class="error" role="alert">
          {chat.error}
        </p>
      )}
      {chat.phase !== "unavailable" && (
        <Composer disabled={!ready || chat.streaming} placeholder={config?.placeholder || t("placeholder")} onSend={chat.send} inputRef={inputRef} translator={deps.translator} />
      )}
    </div>
  );
}
