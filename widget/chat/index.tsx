/** @jsxImportSource preact */
import { render } from "preact";
import { createChatApi } from "./api";
import { App } from "./app";
import { connectToLoader, readFrameParams } from "./bridge";
import { resolveStorage } from "./host-storage";
import { createTranslator } from "./i18n";
import { chatRecordKey, openChatStore } from "./storage";
import "./styles.css";

/** Entry of the chat page served at /embed/{agentId} (see widget/frame-html.ts). */
async function startChat() {
  const root = document.getElementById("closer-chat");
  const agentId = root?.dataset.agentId;
  if (!root || !agentId) return;
  const locale = navigator.language || "en";
  const translator = createTranslator(locale);
  document.documentElement.lang = translator.language;
  const params = readFrameParams(location.hash);
  const bridge = connectToLoader(params);
  const store = openChatStore(agentId, await resolveStorage(bridge, chatRecordKey(agentId)));
  const api = createChatApi(agentId, store.read().visitorId, params.identity);
  const pageUrl = params.page || (bridge.embedded ? "" : document.referrer);
  render(<App bridge={bridge} api={api} store={store} translator={translator} locale={locale} pageUrl={pageUrl} identityToken={params.identity} />, root);
}

void startChat();
