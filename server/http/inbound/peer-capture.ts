import { Server, type IncomingMessage } from "node:http";

const installed = Symbol.for("closer.peerAddressCapture");

/**
 * `next start` fills `X-Forwarded-For` with the socket's address only when the client sent none, so
 * a client that sends one would hide its real address. Before Next sees a request, append the
 * socket's peer the way a proxy does; `clientAddress` then reads the right-most trusted entry.
 */
export function installPeerAddressCapture(): void {
  const proto = Server.prototype as Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") appendPeer(args[0] as IncomingMessage);
    return (emit as (this: Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}

function appendPeer(request: IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const sent = request.headers["x-forwarded-for"];
  const earlier = Array.isArray(sent) ? sent.join(", ") : sent;
  request.headers["x-forwarded-for"] = earlier ? `${earlier}, ${peer}` : peer;
}
