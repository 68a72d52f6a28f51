/** @jsxImportSource preact */
import { type FeedbackRating } from "../../protocol";
import { splitCitations, toSafeHref } from "../../citations";
import { type Translator } from "../i18n";
import { type ChatMessage } from "../reply-state";
import { ThumbIcon } from "./icons";

export interface AgentMessageProps {
  message: ChatMessage;
  /** A prefix for element ids, safe whatever the server's message id looks like. */
  domId: string;
  agentName: string;
  lang?: string;
  canRate: boolean;
  onRate: (messageId: string, rating: FeedbackRating) => void;
  translator: Translator;
}

function focusSource(event: MouseEvent, targetId: string) {
  const item = document.getElementById(targetId);
  const link = item?.querySelector("a");
  if (!item) return;
  event.preventDefault();
  item.scrollIntoView({ block: "nearest" });
  link?.focus();
}

export function AgentMessage({ message, domId, agentName, lang, canRate, onRate, translator }: AgentMessageProps) {
  const { t } = translator;
  // Sources without a web address (articles written in the dashboard) are listed by title only.
  const sources = message.sources;
  const sourceId = (n: number) => `${domId}-source-${n}`;
  const rated = message.feedback;
  return (
    <div class="message agent" lang={lang}>
      <p class="text">
        <span class="sr-only">{agentName}: </span>
        {splitCitations(message.text, sources).map((segment, index) =>
          segment.kind === "text" ? (
            segment.text
          ) : (
            <a key={index} class="cite" href={`#${sourceId(segment.source.n)}`} onClick={(event) => focusSource(event, sourceId(segment.source.n))}>
              [{segment.source.n}]
            </a>
          ),
        )}
        {message.streaming && !message.text && (
          <span class="typing">
            <span class="typing-dot" aria-hidden="true" />
            <span class="typing-dot" aria-hidden="true" />
            <span class="typing-dot" aria-hidden="true" />
            <span class="sr-only">{t("typing")}</span>
          </span>
        )}
      </p>
      {sources.length > 0 && !message.streaming && (
        <div class="sources">
          <p class="sources-title" id={`${domId}-sources`} lang={translator.language}>
            {t("sources")}
          </p>
          <ol aria-labelledby={`${domId}-sources`}>
            {sources.map((source) => (
              <li key={source.n} id={sourceId(source.n)} value={source.n}>
                {toSafeHref(source.url) ? (
                  <a href={toSafeHref(source.url)} target="_blank" rel="noopener noreferrer">
                    {source.title}
                    <span class="sr-only" lang={translator.language}>
                      {" "}
                      ({t("opensInNewTab")})
                    </span>
                  </a>
                ) : (
                  <span>{source.title}</span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {canRate && !message.streaming && (
        <div class="feedback" role="group" aria-labelledby={`${domId}-feedback`} lang={translator.language}>
          <span id={`${domId}-feedback`}>{t("helpfulQuestion")}</span>
          <button type="button" class="icon-button rate" aria-label={t("helpful")} aria-pressed={rated === "helpful"} onClick={() => onRate(message.id, "helpful")}>
            <ThumbIcon />
          </button>
          <button type="button" class="icon-button rate" aria-label={t("notHelpful")} aria-pressed={rated === "not_helpful"} onClick={() => onRate(message.id, "not_helpful")}>
            <ThumbIcon down />
          </button>
          {rated && <span class="thanks">{t("feedbackThanks")}</span>}
        </div>
      )}
    </div>
  );
}
