/**
 * The page the app serves at `/embed/{agentId}` inside the widget's iframe. Dependency-free on
 * purpose: this is the one widget file server code imports.
 */

export interface FrameHtmlOptions {
  agentId: string;
  /** Changes whenever the chat bundle does, so browsers never mix an old script with new styles. */
  assetVersion: string;
}

const htmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

export function renderFrameHtml({ agentId, assetVersion }: FrameHtmlOptions): string {
  const agent = escapeHtml(agentId);
  const version = encodeURIComponent(assetVersion);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>Chat</title>
<link rel="stylesheet" href="/widget/chat.css?v=${version}">
<script defer src="/widget/chat.js?v=${version}"></script>
</head>
<body>
<div id="closer-chat" data-agent-id="${agent}"></div>
</body>
</html>
`;
}

/**
 * Content-Security-Policy for the frame page. `frame-ancestors` is what makes the agent's allowed
 * domains binding: the browser itself refuses to show the chat inside any other site. Domains use
 * the agent settings' syntax (`example.com`, `*.example.com`, `localhost:8080`) and mean the same
 * as server/agents' isOriginAllowed: an entry without a port allows any port (CSP's `:*`).
 */
export function frameContentSecurityPolicy(allowedDomains: readonly string[]): string {
  const sources = allowedDomains
    .map((domain) => domain.trim().toLowerCase())
    .filter((domain) => /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/.test(domain))
    .map((domain) => (/:\d+$/.test(domain) ? domain : `${domain}:*`));
  const ancestors = ["'self'", ...sources];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' https: data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.join(" ")}`,
  ].join("; ");
}
