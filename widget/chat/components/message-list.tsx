/** @jsxImportSource preact */
import { type FeedbackRating } from "../../protocol";
import { type Translator } from "../i18n";
import { type ChatMessage } from "../reply-state";
import { AgentMessage } from "./agent-message";

export interface MessageListProps {
  welcome: string;
  messages: readonly ChatMessage[];
  agentName: string;
  /** Language of the agent's own texts, which may differ from the interface's. */
  agentLanguage?: string;
  streaming: boolean;
  canRate: boolean;
  onRate: (messageId: string, rating: FeedbackRating) => void;
  translator: Translator;
}

const welcomeMessage = (text: string): ChatMessage => ({ id: "welcome", role: "agent", text, sources: [], decision: null, feedback: null, persisted: false, streaming: false });

export function MessageList({ welcome, messages, agentName, agentLanguage, streaming, canRate, onRate, translator }: MessageListProps) {
  const { t } = translator;
  return (
    <div class="log" role="log" aria-live="polite" aria-label={t("conversation")} aria-busy={streaming}>
      {welcome && <AgentMessage message={welcomeMessage(welcome)} domId="m-welcome" agentName={agentName} lang={agentLanguage} canRate={false} onRate={onRate} translator={translator} />}
      {messages.map((message, index) =>
        message.role === "visitor" ? (
          <div key={message.id} class="message visitor">
            <p class="text">
              <span class="sr-only">{t("you")}: </span>
              {message.text}
            </p>
          </div>
        ) : (
          <AgentMessage key={message.id} message={message} domId={`m-${index}`} agentName={agentName} canRate={canRate && message.persisted && message.decision === "answer"} onRate={onRate} translator={translator} />
        ),
      )}
    </div>
  );
}

export interface StartersProps {
  quickReplies: readonly string[];
  suggestions: readonly string[];
  lang?: string;
  disabled: boolean;
  onPick: (text: string) => void;
  translator: Translator;
}

/** Quick replies and the page's suggested questions, offered until the visitor writes. */
export function Starters({ quickReplies, suggestions, lang, disabled, onPick, translator }: StartersProps) {
  const choices = [...new Set([...suggestions.slice(0, 3), ...quickReplies])];
  if (choices.length === 0) return null;
  return (
    <ul class="starters" aria-label={translator.t("suggestions")} lang={lang}>
      {choices.map((choice) => (
        <li key={choice}>
          <button type="button" class="chip" disabled={disabled} onClick={() => onPick(choice)}>
            {choice}
          </button>
        </li>
      ))}
    </ul>
  );
}
