/**
 * The embed snippet's script: `<script async src="https://APP/widget.js" data-agent="AGENT_ID">`.
 * It stays tiny (a launcher and an iframe); the chat itself loads inside the iframe on demand.
 */
import { type WidgetConfig } from "../protocol";
import { pickLoaderLabels } from "./labels";
import { mountLauncher } from "./launcher";

declare global {
  interface Window {
    __closerWidgets?: Record<string, true>;
  }
}

function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.dataset.agent) return current;
  return document.querySelector<HTMLScriptElement>('script[data-agent][src*="widget.js"]');
}

function readItem(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeItem(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage blocked by the host or the browser: the chat then just loads on first click.
  }
}

async function startWidget(script: HTMLScriptElement): Promise<void> {
  const agentId = script.dataset.agent ?? "";
  const appOrigin = new URL(script.src, location.href).origin;
  const registry = (window.__closerWidgets ??= {});
  if (!agentId || registry[agentId]) return;
  registry[agentId] = true;

  const locale = navigator.language || "en";
  const query = new URLSearchParams({ locale, page: location.href });
  let config: WidgetConfig;
  try {
    const response = await fetch(`${appOrigin}/api/widget/${encodeURIComponent(agentId)}/config?${query.toString()}`, { credentials: "omit" });
    if (!response.ok) {
      const refusal = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new Error(refusal?.error?.message ?? `HTTP ${response.status}`);
    }
    config = (await response.json()) as WidgetConfig;
  } catch (error) {
    // One warning for the site owner; visitors see nothing rather than a broken button.
    console.warn(`Closer widget: agent ${agentId} is not available on this site. ${error instanceof Error ? error.message : String(error)}`);
    return;
  }

  if (document.readyState === "loading") await new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }));
  const flagKey = `closer-widget:${agentId}:active`;
  mountLauncher({
    appOrigin,
    agentId,
    agentName: config.name,
    labels: pickLoaderLabels(locale),
    preload: readItem(flagKey) === "1",
    onConversationChange: (active) => writeItem(flagKey, active ? "1" : null),
    loadRecord: () => readItem(`closer-widget:${agentId}:record`),
    saveRecord: (record) => writeItem(`closer-widget:${agentId}:record`, record),
    identity: script.dataset.identity ?? "",
  });
}

const ownScript = findOwnScript();
if (ownScript) void startWidget(ownScript);
else console.warn("Closer widget: add data-agent to the widget's script tag.");
