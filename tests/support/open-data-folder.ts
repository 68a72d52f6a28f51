import { openPglite } from "@/db/pglite";

/** Run as a separate process by tests: tries to open the data folder given as the first argument. */
const folder = process.argv[2];
if (!folder) throw new Error("usage: open-data-folder <folder>");
try {
  const handle = await openPglite(folder);
  console.log("opened");
  await handle.close();
} catch (error) {
  console.error((error as Error).message);
  process.exit(3);
}
