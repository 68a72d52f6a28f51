/**
 * What kind of fact a question asks for, and whether a passage states one. A "how much" question
 * is not answered by a passage without an amount, nor a "when" question by one without a time —
 * whatever words they share. Patterns cover the five languages the product speaks.
 */
export type AnswerType = "amount" | "time";

/** Whole words only; `\b` knows no letters beyond ASCII ("år", "día"). */
const words = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, "iu");

const asks: Record<AnswerType, RegExp> = {
  amount: words(
    "how much|how many|cost|costs|price|prices|fee|fees|charge|hur mycket|hur många|kostar|kostnad|avgift|pris|combien|coûte|coute|prix|tarif|frais|wie viel|wie viele|kostet|preis|gebühr|cuánto|cuanto|cuánta|cuesta|precio|tarifa",
  ),
  time: words("when|how long|what time|which day|deadline|när|hur länge|vilken dag|quand|combien de temps|quel jour|délai|wann|wie lange|frist|cuándo|cuando|cuánto tiempo|plazo"),
};

const numberWords =
  "one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|hundred|ett|två|tre|fyra|fem|sju|åtta|nio|tio|deux|trois|quatre|cinq|dix|zwei|drei|vier|fünf|zehn|dos|tres|cuatro|cinco|diez";

const states: Record<AnswerType, RegExp[]> = {
  amount: [/\d|[$€£¥]/u, words(`${numberWords}|free|no fee|no charge|no cost|gratis|kostnadsfri|avgiftsfri|gratuit|kostenlos|sin costo`)],
  time: [
    /\d/u,
    words(
      `${numberWords}|day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|daily|annually|immediately|dag|dagar|vecka|veckor|månad|månader|år|timme|timmar|måndag|fredag|jour|jours|semaine|mois|ans|heure|heures|lundi|vendredi|tag|tage|woche|monat|jahr|stunde|montag|freitag|día|días|semana|mes|año|hora|lunes|viernes`,
    ),
  ],
};

export function answerTypeOf(question: string): AnswerType | null {
  if (asks.amount.test(question)) return "amount";
  if (asks.time.test(question)) return "time";
  return null;
}

export function statesAnswerType(text: string, type: AnswerType): boolean {
  return states[type].some((pattern) => pattern.test(text));
}
