const DELIMITERS = [",", ";", "\t", "|"] as const;

/** Spreadsheet exports use "," or, in locales with decimal commas (sv, fr, de), ";": pick the one that splits the header most consistently. */
function detectDelimiter(text: string): string {
  const sample = text.split("\n", 10).filter((line) => line.trim());
  let best: string = ",";
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = sample.map((line) => parseCsvRows(line, delimiter)[0]?.length ?? 1);
    const first = counts[0] ?? 1;
    if (first < 2) continue;
    const consistent = counts.filter((count) => count === first).length;
    const score = consistent * 10 + first;
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

/** RFC 4180 parsing: quoted fields may hold delimiters, doubled quotes and newlines. */
export function parseCsvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (char === delimiter) {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (char !== "\r") {
      field += char;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function clean(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/**
 * One paragraph per row, each value labelled with its column name ("Plan: Pro; Price: 20 €").
 * A markdown table loses its header row as soon as a chunker splits it; labelled rows stay
 * self-explanatory in any chunk.
 */
export function convertCsv(text: string): string {
  const rows = parseCsvRows(text, detectDelimiter(text)).filter((row) => row.some((cell) => cell.trim()));
  const [header, ...body] = rows;
  if (!header) return "";
  const names = header.map((name, index) => clean(name) || `Column ${index + 1}`);
  if (body.length === 0) return names.join("; ");
  return body
    .map((row) =>
      row
        .map((value, index) => ({ name: names[index] ?? `Column ${index + 1}`, value: clean(value) }))
        .filter(({ value }) => value)
        .map(({ name, value }) => (names.length === 1 ? value : `${name}: ${value}`))
        .join("; "),
    )
    .filter(Boolean)
    .join("\n\n");
}
