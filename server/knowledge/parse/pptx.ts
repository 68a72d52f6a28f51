import { corruptFile, invalidFile } from "./file-errors";
import { assertOfficeZip } from "./office-container";
import { readCoreTitle } from "./office-metadata";
import { attributeOf, findAll, parseXmlTree, readRelationships, relsPathOf } from "./ooxml-tree";
import { readSlideText } from "./pptx-slide";
import { titleFromFilename } from "./title";
import type { FormatInput, ParsedDocument } from "./types";
import { readZipEntries, zipLimitsFor } from "./zip-guard";

const KIND = "a PowerPoint presentation";
const PRESENTATION = "ppt/presentation.xml";
const NOTES_RELATIONSHIP = /\/notesSlide$/;

function isTextPart(name: string): boolean {
  return (
    name === PRESENTATION ||
    name === "docProps/core.xml" ||
    /^ppt\/_rels\/presentation\.xml\.rels$/.test(name) ||
    /^ppt\/(slides|notesSlides)\/(_rels\/)?[^/]+\.(xml|rels)$/.test(name)
  );
}

/** Slide part paths in presentation order (the sldIdLst), not in zip order, which is arbitrary. */
function orderedSlides(parts: Record<string, Uint8Array>): { path: string; hidden: boolean }[] {
  const presentation = parts[PRESENTATION];
  if (!presentation) return [];
  const relationships = readRelationships(parts[relsPathOf(PRESENTATION)], PRESENTATION);
  const slides: { path: string; hidden: boolean }[] = [];
  for (const slideId of findAll(parseXmlTree(presentation), "sldId")) {
    const target = relationships.get(attributeOf(slideId, "r:id") ?? "")?.target;
    const slide = target ? parts[target] : undefined;
    if (!target || !slide) continue;
    const root = findAll(parseXmlTree(slide), "sld")[0];
    slides.push({ path: target, hidden: root ? attributeOf(root, "show") === "0" : false });
  }
  return slides;
}

function readNotes(parts: Record<string, Uint8Array>, slidePath: string): string {
  for (const { target, type } of readRelationships(parts[relsPathOf(slidePath)], slidePath).values()) {
    const notes = NOTES_RELATIONSHIP.test(type) ? parts[target] : undefined;
    if (notes) return readSlideText(parseXmlTree(notes)).blocks.join("\n\n");
  }
  return "";
}

export async function parsePptx({ filename, bytes, maxBytes }: FormatInput): Promise<ParsedDocument> {
  assertOfficeZip(filename, bytes, "PowerPoint (.ppt)");
  const parts = readZipEntries(filename, bytes, KIND, zipLimitsFor(maxBytes), isTextPart);
  if (!parts[PRESENTATION]) throw invalidFile(filename, "is not a PowerPoint presentation (no slides list found).");

  const sections: string[] = [];
  let firstSlideTitle: string | null = null;
  try {
    const slides = orderedSlides(parts);
    for (const [index, { path, hidden }] of slides.entries()) {
      if (hidden) continue;
      const slide = readSlideText(parseXmlTree(parts[path] ?? ""));
      const notes = readNotes(parts, path);
      firstSlideTitle ??= slide.title;
      const heading = `## Slide ${index + 1}${slide.title ? `: ${slide.title}` : ""}`;
      const body = [...slide.blocks, notes ? `Notes: ${notes}` : ""].filter(Boolean);
      sections.push([heading, ...body].join("\n\n"));
    }
  } catch (error) {
    throw corruptFile(filename, KIND, error);
  }

  const markdown = sections.filter((section) => !/^## Slide \d+$/.test(section)).join("\n\n");
  if (!markdown) throw invalidFile(filename, "contains no text on its slides.");
  const title = readCoreTitle(parts["docProps/core.xml"]) ?? firstSlideTitle ?? titleFromFilename(filename);
  return { title, markdown, format: "pptx" };
}
