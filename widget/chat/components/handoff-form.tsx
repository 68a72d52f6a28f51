/** @jsxImportSource preact */
import { useState } from "preact/hooks";
import { type Translator } from "../i18n";

export interface HandoffFormProps {
  sentTo: string | undefined;
  onSubmit: (email: string) => Promise<string | undefined>;
  translator: Translator;
}

const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** Offered after a handoff reply: an address a person can answer to once they pick the conversation up. */
export function HandoffForm({ sentTo, onSubmit, translator }: HandoffFormProps) {
  const { t } = translator;
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (sentTo) {
    return (
      <p class="handoff-done" role="status">
        {t("emailSent", { email: sentTo })}
      </p>
    );
  }

  const submit = async () => {
    const value = email.trim();
    if (!looksLikeEmail(value)) {
      setError(t("emailInvalid"));
      return;
    }
    setBusy(true);
    setError(await onSubmit(value));
    setBusy(false);
  };

  return (
    <form
      class="handoff"
      aria-labelledby="closer-handoff-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p id="closer-handoff-title" class="handoff-title">
        {t("emailPrompt")}
      </p>
      <label for="closer-handoff-email">{t("emailLabel")}</label>
      <div class="handoff-row">
        <input
          id="closer-handoff-email"
          type="email"
          autoComplete="email"
          required
          value={email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "closer-handoff-error" : undefined}
          onInput={(event) => {
            setEmail(event.currentTarget.value);
            setError(undefined);
          }}
        />
        <button type="submit" class="button" disabled={busy}>
          {t("emailSubmit")}
        </button>
      </div>
      {error && (
        <p id="closer-handoff-error" class="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
