// The embedded database's own thread (see db/pglite-thread.ts). Plain JavaScript: worker threads
// load files as they are, outside the app's bundle.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";

const pg = await PGlite.create(workerData.dataDir, { extensions: { vector } });
await pg.exec(workerData.setupSql);

/** Open transactions by id: the PGlite transaction object and how to end it. */
const transactions = new Map();
let nextTransaction = 1;

class Rollback extends Error {}

const raw = (value) => value;
const rawParsers = new Map();
/** Columns of these types come back as text; the caller's own parsers turn them into values. */
function parsersFor(types) {
  const key = types.join(",");
  if (!rawParsers.has(key)) rawParsers.set(key, Object.fromEntries(types.map((type) => [type, raw])));
  return rawParsers.get(key);
}

function describe(error) {
  const fields = {};
  for (const name of ["code", "severity", "detail", "hint", "position", "where", "schema", "table", "column", "dataType", "constraint", "routine"]) {
    if (error?.[name] !== undefined) fields[name] = error[name];
  }
  return { message: error?.message ?? String(error), name: error?.name, fields };
}

function target(message) {
  if (message.tx === null || message.tx === undefined) return pg;
  const open = transactions.get(message.tx);
  if (!open) throw new Error("The transaction is closed.");
  return open.tx;
}

async function begin() {
  const id = nextTransaction++;
  let opened;
  const ready = new Promise((resolve) => (opened = resolve));
  let end;
  const ended = new Promise((resolve, reject) => (end = { commit: resolve, rollback: () => reject(new Rollback()) }));
  const done = pg
    .transaction(async (tx) => {
      opened(tx);
      await ended;
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
  // Waits here while another transaction holds the database, as PGlite itself would.
  const tx = await Promise.race([ready, done.then(() => null)]);
  if (!tx) throw new Error("The transaction could not start.");
  transactions.set(id, { tx, end, done });
  return id;
}

async function finish(id, commit) {
  const open = transactions.get(id);
  if (!open) return;
  transactions.delete(id);
  if (commit) open.end.commit();
  else open.end.rollback();
  await open.done;
}

const handlers = {
  query: (message) => target(message).query(message.sql, message.params, { rowMode: message.rowMode, parsers: parsersFor(message.parserTypes) }),
  exec: (message) => target(message).exec(message.sql),
  begin,
  end: (message) => finish(message.tx, message.commit),
  // The parent terminates the thread once this has answered.
  close: () => pg.close(),
};

parentPort.on("message", async (message) => {
  try {
    const result = await handlers[message.op](message);
    parentPort.postMessage({ id: message.id, result });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: describe(error) });
  }
});
parentPort.postMessage({ ready: true });
