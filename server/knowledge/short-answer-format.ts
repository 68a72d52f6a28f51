/** How a short answer is indexed, and read back: kept free of heavy imports, the edge chat route reads it too. */
const VARIANTS_LEAD = "Also asked as: ";

/** Markdown a short answer is indexed as: the question and its variants lead, so they match questions. */
export function shortAnswerMarkdown(answer: { question: string; variants: string[]; answer: string }): string {
  const variants = answer.variants.filter((variant) => variant.trim());
  return [variants.length ? `${VARIANTS_LEAD}${variants.join(" · ")}` : "", answer.answer].filter(Boolean).join("\n\n");
}

/** The answer of an indexed short answer, without the alternative phrasings that lead it for matching. */
export function shortAnswerBody(indexed: string): string {
  return indexed.startsWith(VARIANTS_LEAD) ? indexed.slice(indexed.indexOf("\n\n") === -1 ? indexed.length : indexed.indexOf("\n\n") + 2).trim() : indexed.trim();
}
