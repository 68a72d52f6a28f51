/** Runs once when the server starts (Node.js runtime only). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ bootServer }, { isInngestConfigured }, { startScheduler }, { startInProcess }] = await Promise.all([
      import("./server/boot"),
      import("./inngest/client"),
      import("./inngest/scheduler"),
      import("./inngest/send"),
    ]);
    await bootServer({
      inngestConfigured: isInngestConfigured(),
      startScheduler: () => startScheduler(),
      runInProcess: (events) => void startInProcess(events),
    });
  }
}
