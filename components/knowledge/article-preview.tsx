import { Fragment } from "react";

type Block = { kind: "heading"; level: number; text: string } | { kind: "list"; items: string[] } | { kind: "code"; text: string } | { kind: "paragraph"; text: string };

/** Splits Markdown into headings, lists, code and paragraphs: enough to proofread, without a Markdown dependency. */
export function splitMarkdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const chunks = markdown.replace(/\r\n?/g, "\n").split(/\n{2,}/);
  for (const chunk of chunks) {
    const text = chunk.trim();
    if (!text) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(text);
    if (heading && !text.includes("\n")) blocks.push({ kind: "heading", level: heading[1]!.length, text: heading[2]! });
    else if (text.startsWith("```")) blocks.push({ kind: "code", text: text.replace(/^```[^\n]*\n?/, "").replace(/\n?```$/, "") });
    else if (text.split("\n").every((line) => /^\s*([-*+]|\d+[.)])\s+/.test(line))) {
      blocks.push({ kind: "list", items: text.split("\n").map((line) => line.replace(/^\s*([-*+]|\d+[.)])\s+/, "")) });
    } else blocks.push({ kind: "paragraph", text });
  }
  return blocks;
}

const headingClass: Record<number, string> = { 1: "text-xl font-semibold", 2: "text-lg font-semibold", 3: "font-semibold" };

export function ArticlePreview({ title, body }: { title: string; body: string }) {
  const blocks = splitMarkdownBlocks(body);
  return (
    <article className="grid gap-3 text-sm leading-relaxed">
      <h2 className="text-2xl font-semibold tracking-tight">{title || "Untitled article"}</h2>
      {blocks.length === 0 ? <p className="text-muted-foreground">Nothing written yet.</p> : null}
      {blocks.map((block, index) => (
        <Fragment key={index}>
          {block.kind === "heading" ? (
            <p role="heading" aria-level={Math.min(block.level + 2, 6)} className={headingClass[block.level] ?? "font-medium"}>
              {block.text}
            </p>
          ) : block.kind === "list" ? (
            <ul className="list-disc space-y-1 pl-5">
              {block.items.map((item, itemIndex) => (
                <li key={itemIndex}>{item}</li>
              ))}
            </ul>
          ) : block.kind === "code" ? (
            <pre className="overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs">{block.text}</pre>
          ) : (
            <p className="whitespace-pre-line">{block.text}</p>
          )}
        </Fragment>
      ))}
    </article>
  );
}
