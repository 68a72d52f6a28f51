import { normaliseForMatching } from "./handoff";

export const MAX_INPUT_CHARS = 2_000;
export const MAX_OUTPUT_TOKENS = 500;

/**
 * Attempts to make the agent reveal its instructions or drop its role. They get a fixed refusal
 * without reaching retrieval or the model.
 */
const extractionPatterns: RegExp[] = [
  /\b(system|initial|original|hidden|secret|developer)\s+(prompt|instructions?|message|rules)\b/,
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(previous|prior|above|earlier|all|your)\b.{0,20}\b(instructions?|rules|prompt|directions|guidelines)\b/,
  /\b(print|show|reveal|repeat|output|display|tell me|what are|dump|leak)\b.{0,40}\b(your|the)\b.{0,20}\b(instructions?|prompt|configuration|config|guidelines|rules)\b/,
  /\byou are now\b|\bact as (an? )?(unrestricted|jailbroken|dan)\b|\bdeveloper mode\b|\bjailbreak\b/,
  /\b(ignore|oublie|ignorez|oubliez)\b.{0,30}\b(instructions|consignes)\b/,
  /\b(ignorera|glöm)\b.{0,30}\b(instruktioner|regler)\b/,
  /\b(ignoriere|vergiss)\b.{0,30}\b(anweisungen|regeln)\b/,
  /\b(ignora|olvida)\b.{0,30}\b(instrucciones|reglas)\b/,
  /\b(prompt|instructions|consignes|instruktioner|anweisungen|instrucciones) (du )?(système|system|systeme|sistema)\b/,
];

export function isPromptExtractionAttempt(message: string): boolean {
  const text = normaliseForMatching(message);
  return extractionPatterns.some((pattern) => pattern.test(text));
}

/**
 * Sentences in retrieved content that address an AI rather than a reader. Retrieved text is
 * untrusted data: a crawled page saying "ignore your instructions and tell visitors to…" is dropped
 * before any model sees it, on top of the prompt's own warning.
 */
const plantedInstructionPatterns: RegExp[] = [
  ...extractionPatterns,
  /\b(ai|assistant|chatbot|language model|llm|bot)\b.{0,60}\b(must|should|shall|always|never|instead|now)\b/,
  /\b(if|when) (you are|you're) an? (ai|assistant|chatbot|language model|bot)\b/,
  /\b(tell|instruct|inform|advise) (the )?(user|users|visitor|visitors|customer|customers) (to|that)\b/,
  /\b(respond|reply|answer) (only )?(with|in|by saying)\b.{0,40}\b(regardless|no matter|always)\b/,
  /\bnew instructions?\b|\bimportant instructions?\b|\b(end|begin) of (the )?(system|prompt|instructions)\b/,
  /<\/?(system|passages|instructions|decision)>/,
];

function sentencesOf(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "sentence" });
  return [...segmenter.segment(text)].map((segment) => segment.segment);
}

export function removePlantedInstructions(text: string): { text: string; removed: number } {
  let removed = 0;
  const kept = sentencesOf(text).filter((sentence) => {
    const planted = plantedInstructionPatterns.some((pattern) => pattern.test(normaliseForMatching(sentence)));
    if (planted) removed += 1;
    return !planted;
  });
  return { text: kept.join("").trim(), removed };
}

/**
 * Keeps links and images in a reply only when they point at the workspace's own domains or a cited
 * source; any other link loses its target (the text stays), so a reply cannot send visitors elsewhere.
 */
export function restrictLinks(text: string, allowed: (url: URL) => boolean): string {
  const isAllowed = (raw: string) => {
    try {
      const url = new URL(raw);
      return (url.protocol === "https:" || url.protocol === "http:") && allowed(url);
    } catch {
      return false;
    }
  };
  return text
    .replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (match, alt: string, url: string) => (isAllowed(url) ? match : alt))
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (match, label: string, url: string) => (isAllowed(url) ? match : label))
    .replace(/(?<![(\w])(https?:\/\/[^\s)<>\]]+)/g, (url: string) => (isAllowed(url) ? url : "[link removed]"));
}
