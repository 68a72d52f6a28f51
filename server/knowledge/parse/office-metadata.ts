import { XMLParser } from "fast-xml-parser";
import { cleanTitle } from "./title";

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false });

/** The title authors set in File → Properties, stored in docProps/core.xml of every OOXML file. */
export function readCoreTitle(coreXml: Uint8Array | undefined): string | null {
  if (!coreXml) return null;
  try {
    const parsed = parser.parse(new TextDecoder().decode(coreXml)) as { coreProperties?: { title?: unknown } };
    return cleanTitle(parsed.coreProperties?.title);
  } catch {
    return null;
  }
}
