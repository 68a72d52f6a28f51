import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

/** Compact styling for a passage inside a result card; headings shrink to bold lines. */
const components: Components = {
  h1: ({ children }) => <p className="font-semibold">{children}</p>,
  h2: ({ children }) => <p className="font-semibold">{children}</p>,
  h3: ({ children }) => <p className="font-semibold">{children}</p>,
  h4: ({ children }) => <p className="font-semibold">{children}</p>,
  ul: ({ children }) => <ul className="list-disc pl-5">{children}</ul>,
  ol: ({ children, start }) => (
    <ol className="list-decimal pl-5" start={start}>
      {children}
    </ol>
  ),
  table: ({ children }) => (
    <div className="overflow-x-auto">
      <table className="border-collapse text-xs">{children}</table>
    </div>
  ),
  th: ({ children }) => <th className="border px-2 py-1 text-left font-medium">{children}</th>,
  td: ({ children }) => <td className="border px-2 py-1">{children}</td>,
  a: ({ children, href }) => (
    <a href={href} target="_blank" rel="noreferrer" className="text-primary underline-offset-4 hover:underline">
      {children}
    </a>
  ),
  code: ({ children }) => <code className="rounded bg-muted px-1 font-mono text-xs">{children}</code>,
};

/**
 * A retrieved passage as its reader sees it: Markdown rendered (tables, lists, escapes such as
 * `1\.` resolved) rather than shown as source. Raw HTML is never rendered and images are left
 * out, since the text comes from crawled pages.
 */
export function PassageMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="grid gap-1.5 text-sm break-words text-muted-foreground">
      <Markdown remarkPlugins={[remarkGfm]} components={components} disallowedElements={["img"]} unwrapDisallowed={false} skipHtml>
        {markdown}
      </Markdown>
    </div>
  );
}
