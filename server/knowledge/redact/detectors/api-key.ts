import type { SensitiveFinding } from "../types";

interface KeyPattern {
  label: string;
  pattern: RegExp;
  /** Rejects matches that fit the shape but are prose ("sk-learn-style-naming"). */
  accept?: (value: string) => boolean;
}

const hasDigitAndLetter = (value: string) => /\d/.test(value) && /[A-Za-z]/.test(value);

/** Well-known credential formats; each is specific enough to be redacted without context. */
const KEY_PATTERNS: KeyPattern[] = [
  {
    label: "private key",
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|(?:\r?\n[A-Za-z0-9+/=]+)+)/g,
  },
  { label: "Anthropic key", pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/g, accept: hasDigitAndLetter },
  {
    label: "OpenAI key",
    pattern: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g,
    accept: (value) => hasDigitAndLetter(value) && !/^sk-[a-z]+(-[a-z]+)+$/.test(value),
  },
  { label: "GitHub token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\b/g },
  { label: "GitHub token", pattern: /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g },
  { label: "AWS access key", pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g },
  {
    label: "AWS secret key",
    pattern: /(?<=aws_?secret(?:_?access)?(?:_?key)?["']?\s*[:=]\s*["']?)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/gi,
    accept: hasDigitAndLetter,
  },
  { label: "Stripe key", pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { label: "Slack token", pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, accept: hasDigitAndLetter },
  { label: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { label: "JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+/g },
];

/** The recognisable prefix only ("sk-proj-…"), so reviewers know what leaked without seeing it. */
function previewOf(label: string, value: string): string {
  if (label === "private key") return "private key block";
  if (label === "JSON Web Token") return "JSON Web Token";
  if (label === "AWS secret key") return "AWS secret key";
  const prefix = /^(sk-ant-|sk-proj-|sk-svcacct-|sk-admin-|sk-|gh[pousr]_|github_pat_|AKIA|ASIA|ABIA|ACCA|[spr]k_(?:live|test)_|xox[abprs]-|AIza)/.exec(value)?.[1];
  return `${label} ${prefix ?? ""}…`.replace(" …", "…");
}

export function detectApiKeys(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const { label, pattern, accept } of KEY_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (accept && !accept(match[0])) continue;
      findings.push({ kind: "api_key", start: match.index, end: match.index + match[0].length, preview: previewOf(label, match[0]) });
    }
  }
  return findings;
}
