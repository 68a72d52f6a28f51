import type { SensitiveFinding } from "../types";
import { findKeywordValues, isPlaceholder } from "./keyword-value";

/** "password" in the languages the product serves, plus common abbreviations. */
const PASSWORD_KEYWORDS = [
  "password",
  "passwd",
  "pwd",
  "pass[-_ ]?phrase",
  "l[öo]senord(?:et)?",
  "mot[ \\t]+de[ \\t]+passe",
  "mdp",
  "passwort",
  "kennwort",
  "contrase[ñn]a",
  "wachtwoord",
  "passord",
  "salasana",
  "senha",
].join("|");

/** user:password@ in URLs; only the password part is redacted. */
const URL_CREDENTIALS = /(?<=\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:)[^\s@/]+(?=@)/gi;

/**
 * A value after "password:" is only taken for a password when it looks like one: help text
 * ("Password: enter the password you chose") yields a plain word, which is left alone.
 */
function looksLikePassword(value: string, quoted: boolean): boolean {
  if (isPlaceholder(value)) return false;
  if (quoted) return value.length >= 4 && (!/\s/.test(value) || /[\d\W_]/.test(value.replace(/\s/g, "")));
  if (value.length < 6) return false;
  // Field descriptions list options ("No/Optional/Required", "e-mail"): words joined by punctuation.
  if (/^\p{L}+(?:[-/|&+]\p{L}+)+$/u.test(value)) return false;
  const hasDigitOrSymbol = /[\d\p{P}\p{S}]/u.test(value);
  const hasInnerCapital = /\p{Lu}/u.test(value.slice(1)) && /\p{Ll}/u.test(value);
  return hasDigitOrSymbol || hasInnerCapital;
}

export function detectPasswords(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const { keyword, value, quoted, start, end } of findKeywordValues(text, PASSWORD_KEYWORDS)) {
    if (!looksLikePassword(value, quoted)) continue;
    findings.push({ kind: "password", start, end, preview: `value of "${keyword.toLowerCase().replace(/\s+/g, " ")}"` });
  }
  for (const match of text.matchAll(URL_CREDENTIALS)) {
    if (isPlaceholder(match[0])) continue;
    findings.push({ kind: "password", start: match.index, end: match.index + match[0].length, preview: "password in a URL" });
  }
  return findings;
}
