/** @jsxImportSource preact */
import { type RefObject } from "preact";
import { useEffect, useState } from "preact/hooks";
import { MAX_MESSAGE_CHARS } from "../../protocol";
import { type Translator } from "../i18n";
import { SendIcon } from "./icons";

/** The counter appears once the visitor is this close to the limit. */
const COUNTER_FROM = MAX_MESSAGE_CHARS - 200;

export interface ComposerProps {
  disabled: boolean;
  placeholder: string;
  onSend: (text: string) => Promise<boolean>;
  inputRef: RefObject<HTMLTextAreaElement>;
  translator: Translator;
}

export function Composer({ disabled, placeholder, onSend, inputRef, translator }: ComposerProps) {
  const { t } = translator;
  const [value, setValue] = useState("");

  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, 120)}px`;
  }, [value, inputRef]);

  const submit = async () => {
    if (disabled || !value.trim()) return;
    const text = value;
    setValue("");
    if (!(await onSend(text))) setValue(text);
  };

  const showCounter = value.length >= COUNTER_FROM;
  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label class="sr-only" for="closer-composer">
        {t("messageLabel")}
      </label>
      <textarea
        id="closer-composer"
        ref={inputRef}
        rows={1}
        maxLength={MAX_MESSAGE_CHARS}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        aria-describedby={showCounter ? "closer-counter" : undefined}
        onInput={(event) => setValue(event.currentTarget.value.slice(0, MAX_MESSAGE_CHARS))}
        onKeyDown={(event) => {
          if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            void submit();
          }
        }}
      />
      <button type="submit" class="send" aria-label={t("send")} disabled={disabled || !value.trim()}>
        <SendIcon />
      </button>
      {showCounter && (
        <p id="closer-counter" class="counter">
          <span aria-hidden="true">
            {value.length} / {MAX_MESSAGE_CHARS}
          </span>
          <span class="sr-only">{t("charactersLeft", { count: MAX_MESSAGE_CHARS - value.length })}</span>
        </p>
      )}
    </form>
  );
}
