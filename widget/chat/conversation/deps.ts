import { ChatApiError, type ChatApi } from "../api";
import { type Translator } from "../i18n";
import { type ChatStore } from "../storage";

export interface ChatDeps {
  api: ChatApi;
  store: ChatStore;
  translator: Translator;
  locale: string;
  pageUrl: string;
  /** A signed visitor identity from the company's site, sent with every message. */
  identityToken?: string;
}

/** What a visitor reads when a request fails: the server's words for a refusal, a network hint otherwise. */
export function describeError(error: unknown, translator: Translator): string {
  if (error instanceof ChatApiError) {
    if (error.status === 0) return translator.t("errorNetwork");
    return error.message || translator.t("errorGeneric");
  }
  return translator.t("errorNetwork");
}
