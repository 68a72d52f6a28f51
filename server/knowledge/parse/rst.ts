/** Converts the parts of reStructuredText that matter for search: sections, code, admonitions, links. */

const ADORNMENT = /^([=\-~^"'`#*+<>:._])\1{2,}\s*$/;
const TARGET = /^\.\. _([^:]+):\s*$/;
const DIRECTIVE = /^\.\. ([\w-]+)::\s*(.*)$/;
const ADMONITIONS = new Set(["note", "warning", "tip", "important", "caution", "danger", "attention", "hint", "error", "seealso", "admonition"]);
const CODE_DIRECTIVES = new Set(["code", "code-block", "sourcecode", "literalinclude"]);

function convertInline(line: string): string {
  return line
    .replace(/`([^`<]+?)\s*<([^>]+)>`__?/g, (_, text: string, target: string) =>
      /^https?:\/\//.test(target) ? `[${text.trim()}](${target})` : text.trim(),
    )
    .replace(/:[\w:.-]+:`([^`<]+?)\s*<[^>]+>`/g, "$1")
    .replace(/:[\w:.-]+:`([^`]+)`/g, "$1")
    .replace(/``([^`]+)``/g, "`$1`")
    .replace(/`([^`]+)`_/g, "$1");
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Collects the indented block that follows a directive or `::`, returning it dedented. */
function takeIndentedBlock(lines: string[], start: number): { block: string[]; next: number } {
  let index = start;
  const block: string[] = [];
  while (index < lines.length) {
    const line = lines[index] ?? "";
    if (line.trim() && indentOf(line) === 0) break;
    block.push(line);
    index++;
  }
  while (block.length && !block[block.length - 1]?.trim()) block.pop();
  while (block.length && !block[0]?.trim()) block.shift();
  const minIndent = Math.min(...block.filter((line) => line.trim()).map(indentOf));
  return { block: block.map((line) => line.slice(Number.isFinite(minIndent) ? minIndent : 0)), next: index };
}

export function convertRst(source: string): string {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const levels: string[] = [];
  const out: string[] = [];
  let pendingAnchor: string | null = null;

  const heading = (style: string, text: string) => {
    if (!levels.includes(style)) levels.push(style);
    const level = Math.min(levels.indexOf(style) + 1, 6);
    const anchor = pendingAnchor ? ` {#${pendingAnchor}}` : "";
    pendingAnchor = null;
    out.push("", `${"#".repeat(level)} ${convertInline(text.trim())}${anchor}`, "");
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const next = lines[i + 1] ?? "";
    const afterNext = lines[i + 2] ?? "";

    const overline = ADORNMENT.exec(line);
    if (overline && next.trim() && ADORNMENT.test(afterNext) && afterNext.trim()[0] === overline[1]) {
      heading(`over${overline[1]}`, next);
      i += 2;
      continue;
    }
    const underline = ADORNMENT.exec(next);
    if (line.trim() && indentOf(line) === 0 && underline && next.trim().length >= line.trim().length - 1 && !ADORNMENT.test(line)) {
      heading(`under${underline[1]}`, line);
      i += 1;
      continue;
    }

    const target = TARGET.exec(line);
    if (target) {
      pendingAnchor = /^[\w.-]+$/.test(target[1] ?? "") ? (target[1] ?? null) : null;
      continue;
    }

    const directive = DIRECTIVE.exec(line);
    if (directive) {
      const name = (directive[1] ?? "").toLowerCase();
      const { block, next: after } = takeIndentedBlock(lines, i + 1);
      const body = block.filter((entry) => !/^:[\w-]+:/.test(entry.trim()));
      if (CODE_DIRECTIVES.has(name)) {
        out.push("", `\`\`\`${directive[2]?.trim() ?? ""}`, ...body, "```", "");
      } else if (ADMONITIONS.has(name)) {
        const label = name === "admonition" ? directive[2] || "Note" : name.charAt(0).toUpperCase() + name.slice(1);
        out.push("", `> **${label}:** ${convertInline(body.join("\n")).replace(/\n/g, "\n> ")}`, "");
      } else if (!["image", "figure", "toctree", "raw", "include", "meta", "index", "only"].includes(name)) {
        out.push(...body.map(convertInline));
      }
      i = after - 1;
      continue;
    }
    if (/^\.\.(\s|$)/.test(line)) {
      // A comment: skip it and anything indented under it.
      i = takeIndentedBlock(lines, i + 1).next - 1;
      continue;
    }

    if (/::\s*$/.test(line) && !/^\s*\.\./.test(line)) {
      const text = line.replace(/\s*::\s*$/, line.trim() === "::" ? "" : ":");
      if (text.trim()) out.push(convertInline(text));
      const { block, next: after } = takeIndentedBlock(lines, i + 1);
      if (block.length) out.push("", "```", ...block, "```", "");
      i = after - 1;
      continue;
    }
    out.push(convertInline(line));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
