/**
 * `npm run bench:widget`: builds the widget into public/ and prints its gzipped sizes against the
 * budget (loader ≤ 5 KB; everything the chat iframe loads, JS + CSS, ≤ 35 KB). Last line is JSON.
 */
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { buildWidget } from "../../widget/build";

const LOADER_BUDGET = 5 * 1024;
const CHAT_BUDGET = 35 * 1024;

const sizes = async (file: string) => {
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

const built = await buildWidget();
const loader = await sizes(built.loaderPath);
const script = await sizes(built.chatScriptPath);
const style = await sizes(built.chatStylePath);
const chatGzip = script.gzip + style.gzip;

const line = (name: string, size: { raw: number; gzip: number }) => console.log(`${name.padEnd(16)} ${String(size.raw).padStart(7)} B raw ${String(size.gzip).padStart(7)} B gzip`);
line("widget.js", loader);
line("widget/chat.js", script);
line("widget/chat.css", style);
console.log(`loader ${loader.gzip} / ${LOADER_BUDGET} B gzip ${loader.gzip <= LOADER_BUDGET ? "ok" : "OVER BUDGET"}`);
console.log(`chat   ${chatGzip} / ${CHAT_BUDGET} B gzip ${chatGzip <= CHAT_BUDGET ? "ok" : "OVER BUDGET"}`);
if (loader.gzip > LOADER_BUDGET || chatGzip > CHAT_BUDGET) process.exitCode = 1;
console.log(JSON.stringify({ loader_gzip_bytes: loader.gzip, chat_gzip_bytes: chatGzip }));
