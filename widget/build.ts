/**
 * Bundles the widget into public/: the loader (`widget.js`, the embed snippet's script) and the
 * chat page's assets (`widget/chat.js`, `widget/chat.css`), plus `widget/version.json` whose
 * content hash the /embed route passes to renderFrameHtml as `assetVersion`.
 * Run with `npx tsx widget/build.ts`.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";

const widgetDir = path.dirname(fileURLToPath(import.meta.url));

export interface WidgetBuild {
  loaderPath: string;
  chatScriptPath: string;
  chatStylePath: string;
  assetVersion: string;
}

const shared: BuildOptions = {
  bundle: true,
  format: "iife",
  target: "es2019",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
};

export async function buildWidget(publicDir = path.join(widgetDir, "..", "public")): Promise<WidgetBuild> {
  const loaderPath = path.join(publicDir, "widget.js");
  const chatScriptPath = path.join(publicDir, "widget", "chat.js");
  const chatStylePath = path.join(publicDir, "widget", "chat.css");
  await mkdir(path.dirname(chatScriptPath), { recursive: true });
  await Promise.all([
    build({ ...shared, entryPoints: [path.join(widgetDir, "loader", "index.ts")], outfile: loaderPath }),
    build({
      ...shared,
      entryPoints: [path.join(widgetDir, "chat", "index.tsx")],
      outfile: chatScriptPath,
      jsx: "automatic",
      jsxImportSource: "preact",
    }),
  ]);
  const hash = createHash("sha256");
  for (const file of [chatScriptPath, chatStylePath]) hash.update(await readFile(file));
  const assetVersion = hash.digest("hex").slice(0, 12);
  await writeFile(path.join(publicDir, "widget", "version.json"), `${JSON.stringify({ assetVersion })}\n`);
  return { loaderPath, chatScriptPath, chatStylePath, assetVersion };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await buildWidget();
  console.log(`widget built (asset version ${result.assetVersion})`);
}
