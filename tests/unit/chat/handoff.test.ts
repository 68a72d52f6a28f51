import { describe, expect, it } from "vitest";
import { isHumanRequest, matchTriggers } from "@/server/chat/handoff";

const humanRequests: [string, string][] = [
  ["en", "Can I talk to a human?"],
  ["en", "I want to speak with a real person"],
  ["en", "agent"],
  ["en", "Human please!"],
  ["en", "Is there a person I can talk to?"],
  ["fr", "Je voudrais parler à un conseiller"],
  ["fr", "Puis-je échanger avec quelqu'un de votre équipe ?"],
  ["fr", "Un humain svp"],
  ["fr", "Passez-moi un conseiller, s'il vous plaît."],
  ["sv", "Jag vill prata med en människa"],
  ["sv", "Kan jag få tala med någon på kundtjänst?"],
  ["sv", "Koppla mig till en handläggare"],
  ["de", "Ich möchte mit einem Menschen sprechen"],
  ["de", "Kann ich mit jemandem reden?"],
  ["de", "Bitte verbinden Sie mich mit einem Mitarbeiter."],
  ["es", "Quiero hablar con una persona"],
  ["es", "¿Puedo hablar con alguien?"],
  ["es", "Pásame con un agente, por favor"],
];

const ordinaryMessages = [
  "How long does a refund take?",
  "Is the jacket made for a person over 190 cm?",
  "Quels sont les délais de livraison ?",
  "Hur lång tid tar leveransen?",
  "Wie lange dauert der Versand?",
  "¿Cuánto tarda el envío?",
];

describe("isHumanRequest", () => {
  it.each(humanRequests)("hands off on a request for a person (%s): %j", (_language, message) => {
    expect(isHumanRequest(message)).toBe(true);
  });

  it.each(ordinaryMessages)("answers %j itself", (message) => {
    expect(isHumanRequest(message)).toBe(false);
  });
});

describe("matchTriggers", () => {
  const triggers = ["cancel my subscription", "lawyer", "Rückerstattung sofort"];

  it("finds configured phrases whatever their case and punctuation", () => {
    expect(matchTriggers("I want to CANCEL my subscription!", triggers)).toEqual(["cancel my subscription"]);
    expect(matchTriggers("Ich will meine rückerstattung sofort.", triggers)).toEqual(["Rückerstattung sofort"]);
    expect(matchTriggers("My lawyer, Ms. Berg, will call.", triggers)).toEqual(["lawyer"]);
  });

  it("matches whole words only", () => {
    expect(matchTriggers("Do lawyers get a discount?", triggers)).toEqual([]);
    expect(matchTriggers("How do I cancel my subscriptions?", triggers)).toEqual([]);
  });
});
