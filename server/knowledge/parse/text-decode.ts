import { invalidFile } from "./file-errors";

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

/** UTF-16 text without a BOM shows up as a NUL in every other byte. */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return "utf-16le";
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return "utf-16be";
  return null;
}

function detectEncoding(bytes: Uint8Array): { encoding: DecodedText["encoding"]; offset: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", offset: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", offset: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", offset: 2 };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { encoding: utf16, offset: 0 };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { encoding: "utf-8", offset: 0 };
  } catch {
    // Not UTF-8: files saved by older Windows tools in Western European languages are windows-1252.
    return { encoding: "windows-1252", offset: 0 };
  }
}

/** Text that was UTF-8, read as Latin-1 and saved as UTF-8 again ("VÃ¤lkommen"): undo it when that is clearly what happened. */
function repairDoubleEncoding(text: string): string {
  const suspicious = text.match(/[ÃÂ][\u0080-\u00bf]/g)?.length ?? 0;
  if (suspicious < 3) return text;
  const codes = Array.from(text, (char) => char.charCodeAt(0));
  if (codes.some((code) => code > 0xff)) return text;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(codes));
  } catch {
    return text;
  }
}

function controlCharacterShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.slice(0, 20_000);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point: they mark binary data
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control / sample.length;
}

/** Decodes a text file, refusing binaries that were given a text extension. */
export function decodeText(filename: string, bytes: Uint8Array): DecodedText {
  const { encoding, offset } = detectEncoding(bytes);
  let text = new TextDecoder(encoding).decode(bytes.subarray(offset));
  if (encoding === "utf-8") text = repairDoubleEncoding(text);
  if (controlCharacterShare(text) > 0.02) {
    throw invalidFile(filename, "does not look like a text file (it contains binary data). Check the file type and upload it again.");
  }
  // eslint-disable-next-line no-control-regex -- NUL bytes cannot be stored in Postgres text
  text = text.replace(/\r\n?/g, "\n").replace(/\u0000/g, "");
  if (!text.trim()) throw invalidFile(filename, "is empty.");
  return { text, encoding };
}
