export type DetectLanguage = (text: string, options: { candidates?: readonly string[]; hint?: string | null; guessWhenUnsure?: boolean }) => Promise<string | null>;

const primary = (locale: string | null | undefined) => locale?.trim().toLowerCase().split(/[-_]/)[0] || null;

/**
 * The language to reply in: the message's own language when the agent speaks it, else the
 * conversation's or the browser's, else the agent's first language — `certain: false` then, so the
 * caller may prefer the language of the content it finds. Short messages are ambiguous, so the
 * conversation so far and the browser are hints, not overrides.
 */
export async function chooseReplyLanguage(input: {
  message: string;
  browserLocale?: string | null;
  conversationLanguage?: string | null;
  enabled: readonly string[];
  detect: DetectLanguage;
}): Promise<{ language: string; certain: boolean }> {
  const enabled = input.enabled.length ? input.enabled : ["en"];
  const hint = [input.conversationLanguage, primary(input.browserLocale)].find((code) => code && enabled.includes(code)) ?? null;
  const detected = await input.detect(input.message, { candidates: enabled, hint, guessWhenUnsure: true });
  if (detected && enabled.includes(detected)) return { language: detected, certain: true };
  return hint ? { language: hint, certain: true } : { language: enabled[0]!, certain: false };
}
