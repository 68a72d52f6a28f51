import path from "node:path";

/** `--name value` command-line options, with the public eval folder as the default data directory. */
export function readArgs(argv = process.argv.slice(2)): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (key?.startsWith("--")) args[key.slice(2)] = argv[i + 1]?.startsWith("--") || argv[i + 1] === undefined ? "true" : argv[++i]!;
  }
  return args;
}

export const defaultDataDir = () => path.resolve(process.cwd(), "../shared/eval");
