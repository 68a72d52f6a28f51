import { XMLParser } from "fast-xml-parser";

/** A node of fast-xml-parser's `preserveOrder` output: `{ tag: children, ":@": attributes }` or `{ "#text": … }`. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  // Runs split words across <a:t> elements; trimming would glue "Hello " and "world" together.
  trimValues: false,
});

export function parseXmlTree(xml: Uint8Array | string): XmlNode[] {
  const text = typeof xml === "string" ? xml : new TextDecoder().decode(xml);
  return parser.parse(text) as XmlNode[];
}

/** The element name without its namespace prefix ("p:sp" → "sp"), or null for text nodes. */
export function localName(node: XmlNode): string | null {
  for (const key of Object.keys(node)) {
    if (key === ":@" || key === "#text") continue;
    const colon = key.indexOf(":");
    return colon >= 0 ? key.slice(colon + 1) : key;
  }
  return null;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  for (const [key, value] of Object.entries(node)) {
    if (key !== ":@" && key !== "#text" && Array.isArray(value)) return value as XmlNode[];
  }
  return [];
}

export function attributeOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[":@"] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return typeof value === "string" ? value : undefined;
}

export function textOf(node: XmlNode): string {
  const value = node["#text"];
  return typeof value === "string" ? value : "";
}

export function findFirst(nodes: XmlNode[], name: string): XmlNode | undefined {
  for (const node of nodes) {
    if (localName(node) === name) return node;
    const found = findFirst(childrenOf(node), name);
    if (found) return found;
  }
  return undefined;
}

export function findAll(nodes: XmlNode[], name: string, into: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (localName(node) === name) into.push(node);
    else findAll(childrenOf(node), name, into);
  }
  return into;
}

/** Relationship id → part path, with targets resolved against the folder of the part that owns them. */
export function readRelationships(relsXml: Uint8Array | undefined, ownerPath: string): Map<string, { target: string; type: string }> {
  const map = new Map<string, { target: string; type: string }>();
  if (!relsXml) return map;
  const folder = ownerPath.includes("/") ? ownerPath.slice(0, ownerPath.lastIndexOf("/")) : "";
  for (const rel of findAll(parseXmlTree(relsXml), "Relationship")) {
    const id = attributeOf(rel, "Id");
    const target = attributeOf(rel, "Target");
    if (!id || !target || attributeOf(rel, "TargetMode") === "External") continue;
    map.set(id, { target: resolvePartPath(folder, target), type: attributeOf(rel, "Type") ?? "" });
  }
  return map;
}

export function resolvePartPath(folder: string, target: string): string {
  const segments = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment && segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

/** The rels part that belongs to a part: ppt/slides/slide1.xml → ppt/slides/_rels/slide1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}
