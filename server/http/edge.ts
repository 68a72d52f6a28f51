/** Inbound HTTP helpers for the edge runtime: Web APIs only, without the outbound guard's Node sockets. */
export * from "./inbound";
