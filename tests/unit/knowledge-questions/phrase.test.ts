import { describe, expect, it } from "vitest";
import { cleanLine, phraseAsQuestion } from "@/server/knowledge/questions/phrase";

describe("phraseAsQuestion", () => {
  it("keeps a heading that is a question already, whatever its language", () => {
    expect(phraseAsQuestion("How do I return a kite?", null)).toBe("How do I return a kite?");
    expect(phraseAsQuestion("**Kan jag betala med faktura?**", "sv")).toBe("Kan jag betala med faktura?");
  });

  it("asks about a heading in the document's language", () => {
    expect(phraseAsQuestion("Returns and refunds", "en")).toBe('What should I know about "Returns and refunds"?');
    expect(phraseAsQuestion("Kom igång:", "sv")).toBe("Vad behöver jag veta om ”Kom igång”?");
    expect(phraseAsQuestion("Livraison", "fr")).toBe("Que dois-je savoir sur « Livraison » ?");
    expect(phraseAsQuestion("Versand", "de")).toBe("Was muss ich über „Versand“ wissen?");
    expect(phraseAsQuestion("Envíos", "es")).toBe("¿Qué debo saber sobre «Envíos»?");
  });

  it("does not guess when the language is unknown or has no phrasing, nor for headings without words", () => {
    expect(phraseAsQuestion("Returns and refunds", null)).toBeNull();
    expect(phraseAsQuestion("Palautukset", "fi")).toBeNull();
    expect(phraseAsQuestion("2024-11", "en")).toBeNull();
    expect(phraseAsQuestion("A".repeat(61), "en")).toBeNull();
  });
});

describe("cleanLine", () => {
  it("drops Markdown escapes, markers and emphasis around a line", () => {
    expect(cleanLine("### 1\\. Create an account")).toBe("1. Create an account");
    expect(cleanLine("- **Which cards do you accept?**")).toBe("Which cards do you accept?");
    expect(cleanLine("Q: Can I  pause my plan?")).toBe("Can I pause my plan?");
  });
});
