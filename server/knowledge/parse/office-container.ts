import { invalidFile } from "./file-errors";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** "EncryptedPackage" as UTF-16LE: the stream name Office uses inside a password-protected file. */
function containsEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = Array.from("EncryptedPackage").flatMap((char) => [char.charCodeAt(0), 0]);
  const limit = bytes.length - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * A .docx/.pptx is a zip. Password protection wraps it in an OLE compound file instead, and so do
 * the legacy .doc/.ppt formats sometimes renamed to the new extension; tell the person which.
 */
export function assertOfficeZip(filename: string, bytes: Uint8Array, legacyName: string): void {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (containsEncryptedPackage(bytes)) {
      throw invalidFile(filename, "is password-protected. Remove the password and upload it again.");
    }
    throw invalidFile(filename, `is in the older ${legacyName} format. Save it in the current format and upload it again.`);
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw invalidFile(filename, "is not a valid Office document. The file may be damaged; try saving it again.");
  }
}
