export interface KeywordValue {
  keyword: string;
  value: string;
  quoted: boolean;
  start: number;
  end: number;
}

/**
 * Finds `keyword: value` / `keyword = value` / `"keyword": "value"` pairs, tolerating markdown
 * emphasis around the keyword ("**Password:** x") and a space before the colon (French typography).
 * Positions are those of the value alone.
 */
export function findKeywordValues(text: string, keywords: string): KeywordValue[] {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${keywords})(?![\\p{L}\\p{N}])["'*_]{0,3}[ \\t]*(?:[:=]|=>|:=)[ \\t]*[*_]{0,2}[ \\t]*` +
      "(?:\"([^\"\\n]{1,200})\"|'([^'\\n]{1,200})'|`([^`\\n]{1,200})`|([^\\s\"'`<>,;|]{1,200}))",
    "giud",
  );
  const values: KeywordValue[] = [];
  for (const match of text.matchAll(pattern)) {
    const group = [2, 3, 4, 5].find((index) => match[index] !== undefined) ?? 5;
    const span = match.indices?.[group];
    if (!span) continue;
    const quoted = group !== 5;
    // An unquoted value ends before trailing punctuation or emphasis ("hunter2." / "hunter2**").
    const value = quoted ? (match[group] ?? "") : (match[group] ?? "").replace(/[.,;:)\]}*_]+$/, "");
    if (!value) continue;
    values.push({ keyword: match[1] ?? "", value, quoted, start: span[0], end: span[0] + value.length });
  }
  return values;
}

const PLACEHOLDER =
  /^(?:[<[{(].*[>\]})]|\$\{?\w+\}?|%\w+%|\{\{.*\}\}|(?:process\.env|os\.environ|env)\b.*|(.)\1+|x{3,}|\.{3,}|…|your[-_ ]?\S*|my[-_ ]?(?:api[-_ ]?key|key|token|secret|password)|changeme|example\w*|placeholder|secret|password|null|none|nil|undefined|true|false|required|optional|string|redacted)$/i;

/** Template values and help text ("your-api-key", "********", "${TOKEN}") are not secrets. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value.trim()) || /^(?:\/|\.\/|~\/|https?:)/i.test(value);
}
