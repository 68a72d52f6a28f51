/**
 * Initials for an avatar fallback: "Ada Lovelace" → "AL", "ada.lovelace@example.com" → "AL",
 * "" → "?". Lives outside avatar.tsx (a client module) so server components can call it too.
 */
export function getInitials(name: string | null | undefined): string {
  const words = (name ?? "")
    .trim()
    .replace(/@.*$/, "")
    .split(/[\s._-]+/u)
    .filter(Boolean);
  const first = words[0];
  if (!first) return "?";
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letters = [first, last].map((word) => (word ? (Array.from(word)[0] ?? "") : ""));
  return letters.join("").toLocaleUpperCase();
}
