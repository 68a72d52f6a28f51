/**
 * Requests coming in: the one bounded body reader, the client's address behind trusted proxies,
 * and the app's own origin. Web APIs only, so the edge routes use them too.
 */
export { DEFAULT_MAX_JSON_BYTES, readBodyBytes, readFormBody, readJsonBody, withBoundedBody } from "./read-body";
export { clientAddress } from "./client-address";
export { appOrigin, assertSameOrigin } from "./app-origin";
export { routeHandler } from "./route";
export { safeCallbackUrl } from "./safe-path";
