const WINDOW = 8;

/** Words as a reader sees them: markup tags are not words, punctuation and case do not count. */
const wordsOf = (text: string) => text.toLowerCase().replace(/<[^>]+>/g, " ").split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The first run of eight consecutive words of any secret text that the reply repeats, or null.
 * Punctuation and case are ignored, so a reworded copy of the same words still counts.
 */
export function leakedFragment(reply: string, secrets: string[]): string | null {
  const shown = ` ${wordsOf(reply).join(" ")} `;
  for (const secret of secrets) {
    const words = wordsOf(secret);
    for (let i = 0; i + WINDOW <= words.length; i++) {
      const window = words.slice(i, i + WINDOW).join(" ");
      if (shown.includes(` ${window} `)) return window;
    }
  }
  return null;
}

/** Hosts of every absolute URL in the text (links, images, bare addresses, HTML attributes). */
export function linkedHosts(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s)"'<>\]]+/gi)].map((match) => {
    try {
      return new URL(match[0]).hostname;
    } catch {
      return match[0];
    }
  });
}

export function foreignHosts(text: string, allowed: string[]): string[] {
  return linkedHosts(text).filter((host) => !allowed.includes(host));
}
