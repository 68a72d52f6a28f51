/**
 * server/http — the edges of HTTP. Inbound (see ./inbound): bounded bodies, client addresses, our
 * own origin. Outbound: the one guarded fetch for every user-supplied URL (crawler, actions, webhooks).
 * Threat: whoever supplies a URL (an admin, a crawled page's redirect) aims it at our own network —
 * loopback, private ranges, cloud metadata — via odd IP spellings, DNS that resolves or re-resolves there,
 * or redirects. So every hop is parsed (WHATWG), every resolved address classified, the socket pinned to
 * the checked addresses, size and time bounded; only the explicit allowlist (OUTBOUND_ALLOWLIST) opens holes.
 */
import { env } from "@/env";
import { type CheckOptions, type CheckedUrl, checkUrl } from "./check-url";
import { type GuardedFetchOptions, type GuardedResponse, guardedFetch } from "./guarded-fetch";

export {
  classifyAddress,
  describeBlockedAddress,
  isBlockedAddress,
  type AddressVerdict,
} from "./address-policy";
export { parseAllowlist, type AllowRule } from "./allowlist";
export { checkUrl, parseTargetUrl, resolveWithSystem, type CheckOptions, type CheckedUrl, type Resolver } from "./check-url";
export { defaultUserAgent, guardedFetch, type GuardedFetchOptions, type GuardedResponse } from "./guarded-fetch";
export * from "./inbound";

/** `guardedFetch` with the operator's OUTBOUND_ALLOWLIST unless the caller passes its own. */
export function fetchOutbound(url: string | URL, options: GuardedFetchOptions = {}): Promise<GuardedResponse> {
  return guardedFetch(url, { ...options, allowlist: options.allowlist ?? env.OUTBOUND_ALLOWLIST });
}

/** Input-time validation (e.g. when an admin adds a URL source): checks and resolves, never connects. */
export function checkOutboundUrl(url: string | URL, options: CheckOptions = {}): Promise<CheckedUrl> {
  return checkUrl(url, env.OUTBOUND_ALLOWLIST, options);
}
