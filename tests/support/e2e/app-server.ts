import { spawn, type ChildProcess } from "node:child_process";

export interface AppServer {
  url: string;
  /** The process group of the server (npx and the Next.js process under it). */
  pid: number;
  output: () => string;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

/** Starts `next start` (the build must exist) as a separate process on its own data folder, with any extra environment. */
export function startAppServer({ port, dataDir, env = {} }: { port: number; dataDir: string; env?: Record<string, string> }): AppServer {
  const child: ChildProcess = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode !== null) return;
      // npx runs next as a child: signal the whole process group.
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    },
  };
}

export async function waitUntilReady(server: AppServer, path = "/sign-in", timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(server.url + path).then((response) => response.ok, () => false);
    if (ok && server.output().includes("[db] ready")) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become ready:\n${server.output()}`);
}
