import { XMLParser, XMLValidator } from "fast-xml-parser";
import { corruptFile } from "./file-errors";
import type { XmlNode } from "./ooxml-tree";

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

/** How many ancestor names label a value: enough context ("book > title") without repeating the whole path. */
const CONTEXT_DEPTH = 3;

function elementName(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ":@" && key !== "#text") return key;
  return null;
}

function attributesOf(node: XmlNode): string {
  const attributes = node[":@"] as Record<string, unknown> | undefined;
  if (!attributes) return "";
  const pairs = Object.entries(attributes)
    .filter(([name, value]) => typeof value === "string" && value.trim() && !name.startsWith("xmlns"))
    .map(([name, value]) => `${name}=${String(value).trim()}`);
  return pairs.length ? ` (${pairs.join(", ")})` : "";
}

function collect(nodes: XmlNode[], ancestors: string[], lines: string[]): void {
  for (const node of nodes) {
    const name = elementName(node);
    if (!name) continue;
    const children = (node[name] as XmlNode[] | undefined) ?? [];
    const path = [...ancestors, name];
    const ownText = children
      .map((child) => (typeof child["#text"] === "string" ? child["#text"] : ""))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    const attributes = attributesOf(node);
    if (ownText || attributes) {
      const label = path.slice(-CONTEXT_DEPTH).join(" > ");
      lines.push(ownText ? `${label}${attributes}: ${ownText}` : `${label}:${attributes.replace(/^ \((.*)\)$/, " $1")}`);
    }
    collect(children, path, lines);
  }
}

/** Element text labelled with the element names around it; each child of the root becomes a paragraph. */
export function convertXml(filename: string, xml: string): string {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw corruptFile(filename, `XML (line ${valid.err.line}: ${valid.err.msg.replace(/\.$/, "")})`);
  }
  let tree: XmlNode[];
  try {
    tree = parser.parse(xml) as XmlNode[];
  } catch (error) {
    throw corruptFile(filename, "XML", error);
  }
  const root = tree.find((node) => elementName(node) !== null);
  if (!root) return "";
  const rootName = elementName(root) ?? "";
  const blocks: string[] = [];
  const rootLines: string[] = [];
  const rootAttributes = attributesOf(root);
  if (rootAttributes) rootLines.push(`${rootName}:${rootAttributes.replace(/^ \((.*)\)$/, " $1")}`);
  for (const child of (root[rootName] as XmlNode[] | undefined) ?? []) {
    if (typeof child["#text"] === "string") {
      const text = child["#text"].replace(/\s+/g, " ").trim();
      if (text) rootLines.push(`${rootName}: ${text}`);
      continue;
    }
    const lines: string[] = [];
    collect([child], [rootName], lines);
    if (lines.length) blocks.push(lines.join("\n"));
  }
  return [rootLines.join("\n"), ...blocks].filter(Boolean).join("\n\n");
}
