import { attributeOf, childrenOf, findFirst, localName, textOf, type XmlNode } from "./ooxml-tree";

export interface SlideText {
  title: string | null;
  blocks: string[];
}

const TITLE_PLACEHOLDERS = new Set(["title", "ctrTitle"]);
/** Placeholders filled in by PowerPoint itself (numbers, dates, footers, the slide thumbnail on notes pages). */
const SKIPPED_PLACEHOLDERS = new Set(["sldNum", "dt", "ftr", "hdr", "sldImg"]);

function paragraphText(paragraph: XmlNode): string {
  let text = "";
  const visit = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const name = localName(node);
      if (name === "t") text += childrenOf(node).map(textOf).join("");
      else if (name === "br") text += "\n";
      else if (name && name !== "pPr" && name !== "rPr") visit(childrenOf(node));
    }
  };
  visit(childrenOf(paragraph));
  return text.replace(/[ \t\u00a0]+/g, " ").trim();
}

function paragraphsOf(nodes: XmlNode[]): { text: string; level: number }[] {
  const paragraphs: { text: string; level: number }[] = [];
  const visit = (list: XmlNode[]) => {
    for (const node of list) {
      if (localName(node) === "p") {
        const text = paragraphText(node);
        const pPr = childrenOf(node).find((child) => localName(child) === "pPr");
        const level = Number(pPr ? (attributeOf(pPr, "lvl") ?? 0) : 0) || 0;
        if (text) paragraphs.push({ text, level });
      } else {
        visit(childrenOf(node));
      }
    }
  };
  visit(nodes);
  return paragraphs;
}

function formatParagraphs(paragraphs: { text: string; level: number }[]): string {
  if (paragraphs.length === 1) return paragraphs[0]?.text ?? "";
  return paragraphs.map(({ text, level }) => `${"  ".repeat(level)}- ${text.replace(/\n/g, " ")}`).join("\n");
}

function tableText(table: XmlNode): string {
  const rows = childrenOf(table)
    .filter((node) => localName(node) === "tr")
    .map((row) =>
      childrenOf(row)
        .filter((node) => localName(node) === "tc")
        .map((cell) => paragraphsOf(childrenOf(cell)).map((p) => p.text).join(" ").replace(/\|/g, "\\|")),
    )
    .filter((cells) => cells.some(Boolean));
  if (rows.length === 0) return "";
  const columns = Math.max(...rows.map((cells) => cells.length));
  const lines = rows.map((cells) => `| ${Array.from({ length: columns }, (_, i) => cells[i] ?? "").join(" | ")} |`);
  lines.splice(1, 0, `|${" --- |".repeat(columns)}`);
  return lines.join("\n");
}

function placeholderType(shape: XmlNode): string | undefined {
  const placeholder = findFirst(childrenOf(shape).filter((node) => localName(node) === "nvSpPr"), "ph");
  if (!placeholder) return undefined;
  return attributeOf(placeholder, "type") ?? "body";
}

/** Reads the shapes of a slide (or notes page) in drawing order, which is also reading order in practice. */
export function readSlideText(tree: XmlNode[]): SlideText {
  const spTree = findFirst(tree, "spTree");
  const result: SlideText = { title: null, blocks: [] };
  if (!spTree) return result;

  const visitShapes = (shapes: XmlNode[]) => {
    for (const shape of shapes) {
      const name = localName(shape);
      if (name === "grpSp") {
        visitShapes(childrenOf(shape));
      } else if (name === "sp") {
        const type = placeholderType(shape);
        if (type && SKIPPED_PLACEHOLDERS.has(type)) continue;
        const paragraphs = paragraphsOf(childrenOf(shape).filter((node) => localName(node) === "txBody"));
        if (paragraphs.length === 0) continue;
        if (type && TITLE_PLACEHOLDERS.has(type) && !result.title) {
          result.title = paragraphs.map((p) => p.text).join(" ").replace(/\s+/g, " ");
        } else {
          result.blocks.push(formatParagraphs(paragraphs));
        }
      } else if (name === "graphicFrame") {
        const table = findFirst(childrenOf(shape), "tbl");
        const text = table ? tableText(table) : "";
        if (text) result.blocks.push(text);
      }
    }
  };
  visitShapes(childrenOf(spTree));
  return result;
}
