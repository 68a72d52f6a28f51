import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { drizzle } from "drizzle-orm/node-postgres";
import { createServer } from "node:net";
import { Pool } from "pg";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";

/**
 * PGlite served over the Postgres wire protocol, reached through node-postgres: exercises the
 * driver the app uses with DATABASE_URL for real, without a Postgres server on the machine.
 */
export async function startWireDb({ maxConnections = 1 }: { maxConnections?: number } = {}) {
  const pglite = await PGlite.create({ extensions: { vector } });
  const port = await freePort();
  const server = new PGLiteSocketServer({ db: pglite, port, host: "127.0.0.1", maxConnections });
  await server.start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  // The socket server multiplexes every connection onto one session, so one pooled client at a time.
  const pool = new Pool({ connectionString: url, max: 1 });
  const db = drizzle({ client: pool, schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    url,
    async close() {
      await pool.end();
      await server.stop();
      await pglite.close();
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
