/** Runs once when the server starts (Node.js runtime only). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Before the first request: rate limits key on the socket's peer, which a client cannot forge.
    const { installPeerAddressCapture } = await import("./server/http/inbound/peer-capture");
    installPeerAddressCapture();
    const [{ bootServer }, { installEventSender }, { isInngestConfigured }, { startScheduler }, { sendEvents, startInProcess }] = await Promise.all([
      import("./server/boot"),
      import("./server/events"),
      import("./inngest/client"),
      import("./inngest/scheduler"),
      import("./inngest/send"),
    ]);
    // Routes send events through server/events (`appEvents`), which forwards them here.
    installEventSender({ send: sendEvents });
    await bootServer({
      inngestConfigured: isInngestConfigured(),
      startScheduler: () => startScheduler(),
      runInProcess: (events) => void startInProcess(events),
    });
  }
}
