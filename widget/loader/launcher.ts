import { FRAME_MESSAGE_NS, isFrameMessage, type FrameToLoader, type LoaderToFrame } from "../frame-messages";
import { chatIcon, launcherStyles } from "./launcher-styles";
import { type LoaderLabels } from "./labels";

export interface LauncherOptions {
  appOrigin: string;
  agentId: string;
  agentName: string;
  labels: LoaderLabels;
  /** Load the chat at once (a conversation is in progress) so it can report unread replies. */
  preload: boolean;
  onConversationChange: (active: boolean) => void;
  /** Host-page storage for the chat's record, used only when the frame has none of its own. */
  loadRecord: () => string | null;
  saveRecord: (record: string) => void;
  /** The snippet's `data-identity` token, passed on to the chat. */
  identity: string;
}

/**
 * Draws the launcher and opens the chat in an iframe served from the app's origin. An iframe
 * rather than DOM injected into the host page because:
 * - styles and scripts are isolated both ways: the host's CSS and globals cannot break the chat,
 *   and the chat's cannot break the host;
 * - the chat calls the API same-origin (no CORS, no cookies on the host) and keeps the visitor's
 *   id in its own origin's storage, out of the host page's reach;
 * - the frame page's CSP `frame-ancestors` makes the agent's allowed domains a rule the browser
 *   enforces, not just a check the server does on a spoofable header.
 * The launcher lives in a shadow root so host CSS cannot restyle it (open, so accessibility
 * checkers and test tools can see inside; closing it would not stop a hostile host page anyway).
 */
/**
 * A constructed stylesheet where supported: unlike a `<style>` element it is not blocked by a host
 * page whose CSP forbids inline styles.
 */
function applyStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(launcherStyles);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement("style");
    style.textContent = launcherStyles;
    root.prepend(style);
  }
}

export function mountLauncher(options: LauncherOptions): void {
  const host = document.createElement("div");
  host.setAttribute("data-closer-widget", options.agentId);
  const root = host.attachShadow({ mode: "open" });
  root.innerHTML = `<div class="root"><button type="button" class="launcher" aria-expanded="false">${chatIcon}</button></div>`;
  applyStyles(root);
  const container = root.querySelector(".root") as HTMLDivElement;
  const button = root.querySelector("button") as HTMLButtonElement;
  const dot = document.createElement("span");
  dot.className = "dot";
  dot.hidden = true;
  dot.setAttribute("aria-hidden", "true");
  button.append(dot);

  let frame: HTMLIFrameElement | undefined;
  let frameReady = false;
  let isOpen = false;
  let unread = 0;

  const updateName = () => {
    const name = `${options.labels.chatWith} ${options.agentName}`;
    button.setAttribute("aria-label", unread > 0 && !isOpen ? `${name} (${unread} ${options.labels.unread})` : name);
    dot.hidden = unread === 0 || isOpen;
  };

  const post = (message: LoaderToFrame) => {
    if (frame?.contentWindow && frameReady) frame.contentWindow.postMessage(message, options.appOrigin);
  };

  const ensureFrame = (): HTMLIFrameElement => {
    if (frame) return frame;
    const params = new URLSearchParams({ parent: location.origin, page: location.href });
    if (options.identity) params.set("identity", options.identity);
    frame = document.createElement("iframe");
    frame.className = "frame";
    frame.id = "closer-chat-frame";
    frame.title = `${options.labels.chatWith} ${options.agentName}`;
    frame.hidden = true;
    frame.src = `${options.appOrigin}/embed/${encodeURIComponent(options.agentId)}#${params.toString()}`;
    button.setAttribute("aria-controls", frame.id);
    container.append(frame);
    return frame;
  };

  const open = () => {
    const panel = ensureFrame();
    isOpen = true;
    unread = 0;
    panel.hidden = false;
    container.classList.add("open");
    button.setAttribute("aria-expanded", "true");
    updateName();
    panel.focus();
    post({ ns: FRAME_MESSAGE_NS, type: "open" });
  };

  const close = () => {
    if (!frame || !isOpen) return;
    isOpen = false;
    frame.hidden = true;
    container.classList.remove("open");
    button.setAttribute("aria-expanded", "false");
    updateName();
    post({ ns: FRAME_MESSAGE_NS, type: "closed" });
    button.focus();
  };

  button.addEventListener("click", () => (isOpen ? close() : open()));
  button.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });

  window.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== options.appOrigin || !frame || event.source !== frame.contentWindow) return;
    if (!isFrameMessage<FrameToLoader>(event.data)) return;
    const message = event.data;
    if (message.type === "ready") {
      frameReady = true;
      if (isOpen) post({ ns: FRAME_MESSAGE_NS, type: "open" });
    } else if (message.type === "close") {
      close();
    } else if (message.type === "unread") {
      unread = isOpen ? 0 : Math.max(0, Math.floor(message.count));
      updateName();
    } else if (message.type === "conversation") {
      options.onConversationChange(message.active === true);
    } else if (message.type === "storage-load") {
      frameReady = true;
      post({ ns: FRAME_MESSAGE_NS, type: "storage", record: options.loadRecord() });
    } else if (message.type === "storage-save" && typeof message.record === "string" && message.record.length < 4_096) {
      options.saveRecord(message.record);
    }
  });

  updateName();
  document.body.append(host);
  if (options.preload) ensureFrame();
}
