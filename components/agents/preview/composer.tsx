"use client";

import { SendIcon } from "lucide-react";
import { useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";

const MAX_CHARS = 2_000;

/** Enter sends, Shift+Enter starts a new line. */
export function Composer({ busy, onSend }: { busy: boolean; onSend: (text: string) => void }) {
  const [text, setText] = useState("");

  function submit() {
    if (busy || !text.trim()) return;
    onSend(text);
    setText("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form
      className="flex items-end gap-2"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor="preview-message" className="sr-only">
        Message to the agent
      </label>
      <Textarea
        id="preview-message"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        maxLength={MAX_CHARS}
        rows={1}
        placeholder="Ask what a visitor would ask…"
        className="max-h-32 min-h-9 resize-none"
        aria-describedby="preview-message-hint"
      />
      <span id="preview-message-hint" className="sr-only">
        Press Enter to send, Shift+Enter for a new line.
      </span>
      <Button type="submit" size="icon" aria-label="Send" loading={busy} disabled={!text.trim()}>
        <SendIcon aria-hidden="true" />
      </Button>
    </form>
  );
}
