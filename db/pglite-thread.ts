import path from "node:path";
import { Worker } from "node:worker_threads";
import type { QueryOptions, Results } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import * as schema from "./schema";
import { sessionSettingsSql } from "./session-settings";
import type { Db } from "./types";

type Parsers = NonNullable<QueryOptions["parsers"]>;
type Request = { op: "query"; sql: string; params?: unknown[]; rowMode?: "array" | "object"; parserTypes: number[]; tx: number | null } | { op: "exec"; sql: string; tx: number | null } | { op: "begin" } | { op: "end"; tx: number; commit: boolean } | { op: "close" };
type Reply = { id: number; result?: unknown; error?: { message: string; name?: string; fields: Record<string, unknown> } };

/** What drizzle's PGlite driver calls on a client and on a transaction. */
interface Queryable {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
}

export const threadScript = () => path.join(process.cwd(), "db", "pglite-thread-worker.mjs");

/**
 * The embedded database on a worker thread. PGlite is Postgres compiled to WebAssembly: every query
 * runs synchronously on the thread that owns it. On the app's main thread a vector search or an
 * ingestion batch stalls every request; on its own thread it leaves the event loop to the app and
 * gives the database the second core. Same semantics as PGlite in process: one session, queries
 * wait while a transaction is open.
 */
export class PgliteThread implements Queryable {
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.error) waiting.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name ?? "Error" }, reply.error.fields));
      else waiting.resolve(reply.result);
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`The database thread stopped (exit code ${code}).`)));
  }

  /** Opens the data folder (the caller holds its lock) with the session settings applied. */
  static async start(dataDir: string | undefined): Promise<PgliteThread> {
    const worker = new Worker(threadScript(), {
      // The script is plain JavaScript: no loader of the parent (tsx, a test runner) applies to it.
      execArgv: [],
      workerData: { dataDir, setupSql: `CREATE EXTENSION IF NOT EXISTS vector; ${sessionSettingsSql}` },
    });
    let ready = () => {};
    let failed = (_error: Error) => {};
    const exited = (code: number) => failed(new Error(`The database thread could not start (exit code ${code}).`));
    await new Promise<void>((resolve, reject) => {
      [ready, failed] = [resolve, reject];
      worker.once("message", ready).once("error", failed).once("exit", exited);
    });
    // Only ours: the worker has listeners of its own (they start its message port).
    worker.off("message", ready).off("error", failed).off("exit", exited);
    return new PgliteThread(worker);
  }

  private send<T>(request: Request): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, ...request });
    });
  }

  query<T>(sql: string, params?: unknown[], options?: QueryOptions, tx: number | null = null): Promise<Results<T>> {
    const parsers = options?.parsers ?? {};
    return this.send<Results<T>>({ op: "query", sql, params, rowMode: options?.rowMode, parserTypes: Object.keys(parsers).map(Number), tx }).then((result) => applyParsers(result, parsers));
  }

  exec(sql: string, tx: number | null = null): Promise<Results[]> {
    return this.send<Results[]>({ op: "exec", sql, tx });
  }

  /** Runs `work` in a transaction: committed when it resolves, rolled back when it throws or calls `rollback()`. */
  async transaction<T>(work: (tx: Queryable & { rollback(): Promise<void>; readonly closed: boolean }) => Promise<T>): Promise<T> {
    const id = await this.send<number>({ op: "begin" });
    let closed = false;
    const end = async (commit: boolean) => {
      if (closed) return;
      closed = true;
      await this.send({ op: "end", tx: id, commit });
    };
    const tx = {
      query: <R>(sql: string, params?: unknown[], options?: QueryOptions) => (closed ? Promise.reject(new Error("Transaction is closed")) : this.query<R>(sql, params, options, id)),
      exec: (sql: string) => (closed ? Promise.reject(new Error("Transaction is closed")) : this.exec(sql, id)),
      rollback: () => end(false),
      get closed() {
        return closed;
      },
    };
    try {
      const result = await work(tx);
      await end(true);
      return result;
    } catch (error) {
      await end(false);
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.failure) return;
    await this.send({ op: "close" }).catch(() => undefined);
    await this.worker.terminate();
  }
}

/** The thread sends columns of the caller's parser types as text; the caller's parsers run here. */
function applyParsers<T>(result: Results<T>, parsers: Parsers): Results<T> {
  const columns = result.fields.map((field, index) => ({ ...field, index, parse: parsers[field.dataTypeID] })).filter((field) => field.parse);
  if (columns.length === 0) return result;
  for (const row of result.rows as Record<string | number, unknown>[]) {
    for (const column of columns) {
      const key = Array.isArray(row) ? column.index : column.name;
      if (typeof row[key] === "string") row[key] = column.parse!(row[key] as string);
    }
  }
  return result;
}

export async function openPgliteThread(dataDir: string | undefined): Promise<{ db: Db; thread: PgliteThread }> {
  const thread = await PgliteThread.start(dataDir);
  const db = drizzle({ client: thread as never, schema, casing: "snake_case" }) as unknown as Db;
  return { db, thread };
}
