const BASE = "http://closer.invalid";

/**
 * Only a path on this site is followed after sign-in, so a crafted link cannot bounce people to
 * another site. Browsers forgive a lot in a URL (a backslash reads as a slash, tabs and newlines
 * vanish, `//host` is another site), so the value is refused outright when it contains any of that,
 * then resolved against a placeholder origin and kept only if it stayed there.
 */
export function safeCallbackUrl(value: string | string[] | undefined, fallback = "/"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 2_000 || !raw.startsWith("/") || /[\\\p{Cc}\s]/u.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
