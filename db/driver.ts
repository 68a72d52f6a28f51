/** Which database driver a configuration selects. Pure, so it is tested without any database. */
export type DriverChoice =
  | { kind: "pglite"; dataDir: string }
  | { kind: "pg"; url: string }
  | { kind: "neon"; url: string };

interface DriverSettings {
  DATABASE_URL?: string;
  DB_DRIVER?: "pglite" | "pg" | "neon";
  DATA_DIR: string;
}

const NEON_HOST = /\.neon\.(tech|build)(:\d+)?(\/|$)/;

export function chooseDriver(settings: DriverSettings): DriverChoice {
  const url = settings.DATABASE_URL;
  if (settings.DB_DRIVER === "pglite" || (!url && !settings.DB_DRIVER)) {
    return { kind: "pglite", dataDir: settings.DATA_DIR };
  }
  if (!url) throw new Error(`DB_DRIVER=${settings.DB_DRIVER} needs DATABASE_URL.`);
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("DATABASE_URL must start with postgres:// or postgresql://.");
  }
  if (settings.DB_DRIVER === "neon" || (!settings.DB_DRIVER && NEON_HOST.test(new URL(url).host + "/"))) {
    return { kind: "neon", url };
  }
  return { kind: "pg", url };
}
