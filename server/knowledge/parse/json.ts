type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  const safe = /^[\p{L}_$][\p{L}\p{N}_$-]*$/u.test(key) ? key : JSON.stringify(key);
  if (!path) return safe;
  return /^[\p{L}_$]/u.test(safe) ? `${path}.${safe}` : `${path}[${safe}]`;
}

function formatValue(value: Exclude<Json, Json[] | { [key: string]: Json }>): string {
  if (typeof value === "string") return value.replace(/\r\n?/g, "\n").replace(/\n/g, "\n  ").trim();
  return String(value);
}

function flatten(value: Json, path: string, lines: string[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) return;
    value.forEach((item, index) => flatten(item, childPath(path, index), lines));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) flatten(item, childPath(path, key), lines);
  } else if (value !== null && value !== "") {
    lines.push(path ? `${path}: ${formatValue(value)}` : formatValue(value));
  }
}

/**
 * Every value on its own line under its full key path (`plans[0].price: 20`), so a search for a
 * field name finds its value. Top-level entries become separate paragraphs for the chunker.
 */
export function convertJson(value: unknown): string {
  const root = value as Json;
  const groups: [string | number, Json][] = Array.isArray(root)
    ? root.map((item, index) => [index, item])
    : root !== null && typeof root === "object"
      ? Object.entries(root)
      : [];
  if (groups.length === 0) {
    const lines: string[] = [];
    flatten(root, "", lines);
    return lines.join("\n");
  }
  return groups
    .map(([key, item]) => {
      const lines: string[] = [];
      flatten(item, childPath("", key), lines);
      return lines.join("\n");
    })
    .filter(Boolean)
    .join("\n\n");
}
